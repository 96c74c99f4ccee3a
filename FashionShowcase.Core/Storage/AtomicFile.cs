namespace FashionShowcase.Core.Storage;

/// <summary>
/// Writes a file so that readers see either the old or the new content, never a half-written one:
/// write a temporary file beside it, flush it to disk, then rename over the target (atomic on POSIX).
/// A killed process leaves at most a stray *.tmp file, which is ignored.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, byte[] bytes) =>
        Write(path, temp => File.WriteAllBytes(temp, bytes));

    public static void WriteAllText(string path, string text) =>
        Write(path, temp => File.WriteAllText(temp, text));

    /// <summary>Lets <paramref name="writeTo"/> produce the file at a temporary path, then moves it into place.</summary>
    public static void Write(string path, Action<string> writeTo)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            writeTo(temp);
            using (var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite))
                stream.Flush(flushToDisk: true);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
