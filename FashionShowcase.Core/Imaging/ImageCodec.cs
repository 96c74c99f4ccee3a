using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Imaging;

/// <summary>Tensor and byte images ⇄ PNG (grey, lossless). Pure CPU code; tensor overloads run on the worker.</summary>
public static class ImageCodec
{
    private static readonly PngEncoder Encoder = new()
    {
        ColorType = PngColorType.Grayscale,
        BitDepth = PngBitDepth.Bit8,
        CompressionLevel = PngCompressionLevel.BestSpeed,
    };

    /// <summary>Encodes grey bytes (row-major, 0 = black) as PNG.</summary>
    public static byte[] EncodeGrey(ReadOnlySpan<byte> pixels, int width, int height)
    {
        if (pixels.Length != width * height)
            throw new ArgumentException($"{width}×{height} needs {width * height} pixels, got {pixels.Length}.", nameof(pixels));
        using var image = Image.LoadPixelData<L8>(pixels, width, height);
        using var output = new MemoryStream();
        image.Save(output, Encoder);
        return output.ToArray();
    }

    /// <summary>Grey bytes (0 = black) → floats in [-1, 1], the range G, D, Φ and the classifier work in.</summary>
    public static float[] ToSignedFloats(ReadOnlySpan<byte> pixels)
    {
        var floats = new float[pixels.Length];
        ToSignedFloats(pixels, floats);
        return floats;
    }

    /// <summary>Grey bytes → [-1, 1] floats written into <paramref name="into"/> (same length).</summary>
    public static void ToSignedFloats(ReadOnlySpan<byte> pixels, Span<float> into)
    {
        if (into.Length != pixels.Length)
            throw new ArgumentException($"{pixels.Length} pixels need {pixels.Length} floats, got {into.Length}.", nameof(into));
        for (int p = 0; p < pixels.Length; p++) into[p] = pixels[p] / 127.5f - 1f;
    }

    /// <summary>One square grey item (e.g. 784 bytes) as an image tensor [1, 1, side, side] in [-1, 1] on <paramref name="device"/> (worker thread).</summary>
    public static Tensor ToImageTensor(ReadOnlySpan<byte> pixels, Device device)
    {
        var side = (long)Math.Sqrt(pixels.Length);
        if (side * side != pixels.Length)
            throw new ArgumentException($"{pixels.Length} pixels do not make a square image.", nameof(pixels));
        return tensor(ToSignedFloats(pixels), [1, 1, side, side], device: device);
    }

    /// <summary>Converts an image tensor in [-1, 1] ([1, h, w] or [h, w]) to grey bytes.</summary>
    public static byte[] ToGreyBytes(Tensor image)
    {
        using var scope = NewDisposeScope();
        var t = image.detach().to(CPU).squeeze().add(1).mul(127.5).round().clamp(0, 255).to(ScalarType.Byte).contiguous();
        return t.data<byte>().ToArray();
    }

    /// <summary>Encodes one image tensor in [-1, 1] ([1, h, w] or [h, w]) as PNG.</summary>
    public static byte[] EncodePng(Tensor image)
    {
        var h = (int)image.shape[^2];
        var w = (int)image.shape[^1];
        return EncodeGrey(ToGreyBytes(image), w, h);
    }

    /// <summary>Tiles a batch [n, 1, h, w] in [-1, 1] into a PNG grid with <paramref name="columns"/> per row (last row padded black).</summary>
    public static byte[] EncodeGrid(Tensor images, int columns, int padding = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        var n = (int)images.shape[0];
        var h = (int)images.shape[^2];
        var w = (int)images.shape[^1];
        var rows = (n + columns - 1) / columns;
        int gridW = columns * (w + padding) + padding, gridH = rows * (h + padding) + padding;
        var grid = new byte[gridW * gridH];
        for (int i = 0; i < n; i++)
        {
            using var one = images[i];
            var bytes = ToGreyBytes(one);
            int ox = padding + (i % columns) * (w + padding), oy = padding + (i / columns) * (h + padding);
            for (int y = 0; y < h; y++)
                bytes.AsSpan(y * w, w).CopyTo(grid.AsSpan((oy + y) * gridW + ox, w));
        }
        return EncodeGrey(grid, gridW, gridH);
    }

    /// <summary>
    /// Puts same-sized grey images side by side, each enlarged <paramref name="scale"/>× by pixel
    /// repetition (crisp, like the pages' pixelated CSS), separated by a black gap.
    /// </summary>
    public static byte[] EncodeStrip(IReadOnlyList<byte[]> images, int side = 28, int scale = 4, int gap = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(images.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        int cell = side * scale, width = images.Count * cell + (images.Count - 1) * gap;
        var strip = new byte[width * cell];
        for (int n = 0; n < images.Count; n++)
        {
            if (images[n].Length != side * side)
                throw new ArgumentException($"Image {n} has {images[n].Length} pixels; expected {side * side}.", nameof(images));
            int ox = n * (cell + gap);
            for (int y = 0; y < cell; y++)
                for (int x = 0; x < cell; x++)
                    strip[y * width + ox + x] = images[n][(y / scale) * side + x / scale];
        }
        return EncodeGrey(strip, width, cell);
    }

    /// <summary>Decodes a PNG made by this codec back to grey bytes (width, height, pixels).</summary>
    public static (int Width, int Height, byte[] Pixels) DecodeGrey(byte[] png)
    {
        using var image = Image.Load<L8>(png);
        var pixels = new byte[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return (image.Width, image.Height, pixels);
    }
}
