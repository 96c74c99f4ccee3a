using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace FashionShowcase.Core.Imaging;

/// <summary>
/// Safe decoding of an uploaded picture into a catalog-style 28×28 item. Only PNG and JPEG are
/// decoded (a configuration with no other decoder), detected by content and checked against the
/// file's extension; the file size and the header's dimensions are checked before any pixel is
/// decoded, so a decompression bomb never allocates. Nothing is stored. Pure CPU, any thread.
/// </summary>
public sealed class UploadDecoder(UploadOptions? options = null)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] PngEnd = "IEND"u8.ToArray();

    private static readonly Configuration Decoders = new(new PngConfigurationModule(), new JpegConfigurationModule());

    public UploadOptions Options { get; } = (options ?? new UploadOptions()).Validated();

    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file's name as uploaded (its extension must be .png, .jpg or .jpeg and match the content); null when unknown.</param>
    /// <exception cref="InvalidUploadException">The file cannot be used; the message says why.</exception>
    public UploadedImage Decode(byte[] content, string? fileName)
    {
        var shown = string.IsNullOrWhiteSpace(fileName) ? "The file" : $"'{Path.GetFileName(fileName)}'";
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
            throw new InvalidUploadException(UploadProblem.Empty, $"{shown} is empty.");
        if (content.Length > Options.MaxBytes)
            throw new InvalidUploadException(UploadProblem.TooLarge,
                $"{shown} is {Megabytes(content.Length)}; uploads are limited to {Megabytes(Options.MaxBytes)}.");

        var claimed = fileName is null ? null : FormatOfExtension(fileName, shown);
        var actual = FormatOfContent(content)
            ?? throw new InvalidUploadException(UploadProblem.NotAnImage, $"{shown} is not a PNG or JPEG image.");
        if (claimed is not null && claimed != actual)
            throw new InvalidUploadException(UploadProblem.ExtensionMismatch,
                $"{shown} is named as a {claimed} file but contains a {actual} image; rename it or upload another file.");
        if (actual == "PNG" && content.AsSpan().LastIndexOf(PngEnd) < 0)
            throw new InvalidUploadException(UploadProblem.Corrupt, $"{shown} is a truncated PNG (its end marker is missing).");

        IImageInfo? info;
        try
        {
            info = Image.Identify(Decoders, content, out _);
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidUploadException(UploadProblem.Corrupt, $"{shown} is a damaged {actual} image: {e.Message}", e);
        }
        if (info is null)
            throw new InvalidUploadException(UploadProblem.Corrupt, $"{shown} looks like {actual} but its header cannot be read.");
        if (info.Width < 1 || info.Height < 1 || info.Width > Options.MaxSide || info.Height > Options.MaxSide)
            throw new InvalidUploadException(UploadProblem.TooManyPixels,
                $"{shown} is {info.Width}×{info.Height} pixels; at most {Options.MaxSide}×{Options.MaxSide} is accepted.");

        Image<Rgba32> image;
        try
        {
            image = Image.Load<Rgba32>(Decoders, content);
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidUploadException(UploadProblem.Corrupt, $"{shown} is a damaged {actual} image: {e.Message}", e);
        }
        using (image)
        {
            var (pixels, inverted) = ToCatalogStyle(image, shown);
            return new UploadedImage(pixels, ImageCodec.EncodeGrey(pixels, 28, 28), actual, info.Width, info.Height, inverted);
        }
    }

    private static string FormatOfExtension(string fileName, string shown) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".png" => "PNG",
            ".jpg" or ".jpeg" => "JPEG",
            var other => throw new InvalidUploadException(UploadProblem.WrongExtension,
                $"{shown} has {(other.Length == 0 ? "no extension" : $"the extension {other}")}; only .png, .jpg and .jpeg images are accepted."),
        };

    private static string? FormatOfContent(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(PngSignature)) return "PNG";
        if (content.Length >= 3 && content[0] == 0xFF && content[1] == 0xD8 && content[2] == 0xFF) return "JPEG";
        return null;
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.##} MB";

    /// <summary>
    /// Grey, light item on black, cropped to the item, padded square, resized so its longest side is
    /// ItemSize, centred on 28×28 — how Fashion-MNIST's items look.
    /// </summary>
    private (byte[] Pixels, bool Inverted) ToCatalogStyle(Image<Rgba32> image, string shown)
    {
        int w = image.Width, h = image.Height;
        var grey = new double[w * h];
        image.ProcessPixelRows(rows =>
        {
            for (int y = 0; y < h; y++)
            {
                var row = rows.GetRowSpan(y);
                for (int x = 0; x < w; x++)
                {
                    var p = row[x];
                    double luminance = 0.299 * p.R + 0.587 * p.G + 0.114 * p.B;
                    double alpha = p.A / 255.0;
                    grey[y * w + x] = alpha * luminance + (1 - alpha) * 255; // transparency shows as white paper
                }
            }
        });

        // The background is what the border shows; a light one (a product photo on white) is inverted.
        var background = Median(BorderValues(grey, w, h));
        var inverted = background > 127.5;
        if (inverted)
        {
            for (int i = 0; i < grey.Length; i++) grey[i] = 255 - grey[i];
            background = 255 - background;
        }
        double max = 0;
        for (int i = 0; i < grey.Length; i++)
        {
            grey[i] = Math.Max(0, grey[i] - background);
            max = Math.Max(max, grey[i]);
        }
        if (max < 16)
            throw new InvalidUploadException(UploadProblem.NoVisibleItem, $"{shown} shows no item: it is almost one flat colour.");

        // Bounding box of the item: pixels clearly above the background.
        double threshold = Math.Max(12, 0.1 * max);
        int left = w, right = -1, top = h, bottom = -1;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                if (grey[y * w + x] > threshold)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
        int bw = right - left + 1, bh = bottom - top + 1, side = Math.Max(bw, bh);

        // Crop, pad to a square (centred), stretch so the brightest pixel is white.
        var square = new byte[side * side];
        int ox = (side - bw) / 2, oy = (side - bh) / 2;
        for (int y = 0; y < bh; y++)
            for (int x = 0; x < bw; x++)
                square[(oy + y) * side + ox + x] = (byte)Math.Clamp(Math.Round(grey[(top + y) * w + left + x] * 255 / max), 0, 255);

        using var item = Image.LoadPixelData<L8>(square, side, side);
        item.Mutate(c => c.Resize(Options.ItemSize, Options.ItemSize, KnownResamplers.Bicubic));
        var small = new byte[Options.ItemSize * Options.ItemSize];
        item.CopyPixelDataTo(small);

        var pixels = new byte[28 * 28];
        int offset = (28 - Options.ItemSize) / 2;
        for (int y = 0; y < Options.ItemSize; y++)
            small.AsSpan(y * Options.ItemSize, Options.ItemSize).CopyTo(pixels.AsSpan((offset + y) * 28 + offset));
        return (pixels, inverted);
    }

    private static List<double> BorderValues(double[] grey, int w, int h)
    {
        int ring = Math.Max(1, Math.Min(w, h) / 20);
        var values = new List<double>();
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++)
                if (x < ring || y < ring || x >= w - ring || y >= h - ring)
                    values.Add(grey[y * w + x]);
        return values;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
