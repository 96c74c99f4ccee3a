using System.IO.Compression;
using System.Security.Cryptography;

namespace FashionShowcase.Core.Catalog;

/// <summary>
/// Reads the official IDX format (optionally gzip-compressed). The whole decompressed content is read
/// and checked (header, size, SHA-256) before any item is handed out, so a truncated or corrupted
/// file is refused, never half-read.
/// </summary>
public static class IdxFile
{
    /// <summary>Decompresses (if .gz) and returns the raw IDX bytes.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var buffer = new MemoryStream();
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gz = new GZipStream(file, CompressionMode.Decompress);
                gz.CopyTo(buffer);
            }
            else
            {
                file.CopyTo(buffer);
            }
            return buffer.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"'{path}' is not a valid gzip file (truncated or corrupted): {e.Message}", e);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"'{path}' ends early (truncated gzip).", e);
        }
    }

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Parses an idx3-ubyte image file: magic 0x00000803, count, rows, cols, then pixels.</summary>
    public static (int Count, int Rows, int Cols, byte[] Pixels) ParseImages(byte[] bytes, string name)
    {
        RequireLength(bytes, 16, name);
        var magic = ReadBigEndian(bytes, 0);
        if (magic != 0x00000803)
            throw new InvalidDataException($"'{name}' is not an IDX image file (magic 0x{magic:x8}, expected 0x00000803).");
        int count = ReadBigEndian(bytes, 4), rows = ReadBigEndian(bytes, 8), cols = ReadBigEndian(bytes, 12);
        if (count < 0 || rows <= 0 || cols <= 0 || rows > 4096 || cols > 4096)
            throw new InvalidDataException($"'{name}' has an implausible header ({count} × {rows} × {cols}).");
        long expected = 16L + (long)count * rows * cols;
        if (bytes.LongLength != expected)
            throw new InvalidDataException($"'{name}' holds {bytes.LongLength} bytes; its header promises {expected} (truncated or corrupted).");
        return (count, rows, cols, bytes.AsSpan(16).ToArray());
    }

    /// <summary>Parses an idx1-ubyte label file: magic 0x00000801, count, then labels.</summary>
    public static byte[] ParseLabels(byte[] bytes, string name, int classCount)
    {
        RequireLength(bytes, 8, name);
        var magic = ReadBigEndian(bytes, 0);
        if (magic != 0x00000801)
            throw new InvalidDataException($"'{name}' is not an IDX label file (magic 0x{magic:x8}, expected 0x00000801).");
        int count = ReadBigEndian(bytes, 4);
        if (count < 0 || bytes.LongLength != 8L + count)
            throw new InvalidDataException($"'{name}' holds {bytes.LongLength} bytes; its header promises {8L + count} (truncated or corrupted).");
        var labels = bytes.AsSpan(8).ToArray();
        foreach (var l in labels)
            if (l >= classCount)
                throw new InvalidDataException($"'{name}' contains label {l}; only 0..{classCount - 1} exist.");
        return labels;
    }

    private static void RequireLength(byte[] bytes, int min, string name)
    {
        if (bytes.Length < min)
            throw new InvalidDataException($"'{name}' is too short to be an IDX file ({bytes.Length} bytes).");
    }

    private static int ReadBigEndian(byte[] b, int o) => (b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3];
}
