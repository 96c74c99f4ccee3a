namespace FashionShowcase.Core.Catalog;

/// <summary>Which official Fashion-MNIST split.</summary>
public enum SplitKind
{
    /// <summary>60,000 images: what the GAN and classifier learn from.</summary>
    Train,

    /// <summary>10,000 images: the shop catalog, shipped in data/.</summary>
    Test,
}

/// <summary>
/// The official file names and SHA-256 digests of the decompressed IDX bytes. The Debian package's gz
/// files differ byte-wise from the official site's; the decompressed content does not.
/// </summary>
public sealed record SplitFiles(SplitKind Kind, string ImagesFile, string LabelsFile, string ImagesSha256, string LabelsSha256, int Count)
{
    public static SplitFiles Train { get; } = new(SplitKind.Train,
        "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
        "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
        "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
        60_000);

    public static SplitFiles Test { get; } = new(SplitKind.Test,
        "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
        "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
        "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34",
        10_000);

    public static SplitFiles For(SplitKind kind) => kind == SplitKind.Train ? Train : Test;
}

/// <summary>A loaded split: 28×28 grey images (row-major bytes, 0 = background) and their labels.</summary>
public sealed class DataSplit
{
    public const int Side = 28;
    public const int PixelsPerImage = Side * Side;

    public DataSplit(SplitKind kind, byte[] pixels, byte[] labels, string source, string imagesSha256, string labelsSha256)
    {
        if (pixels.Length != labels.Length * PixelsPerImage)
            throw new ArgumentException($"{labels.Length} labels need {labels.Length * PixelsPerImage} pixels, got {pixels.Length}.");
        Kind = kind;
        Pixels = pixels;
        Labels = labels;
        Source = source;
        ImagesSha256 = imagesSha256;
        LabelsSha256 = labelsSha256;
    }

    public SplitKind Kind { get; }

    /// <summary>All images, concatenated, 784 bytes each.</summary>
    public byte[] Pixels { get; }

    public byte[] Labels { get; }

    /// <summary>Where the files were found (directory) — shown by `fashion data`.</summary>
    public string Source { get; }

    public string ImagesSha256 { get; }

    public string LabelsSha256 { get; }

    public int Count => Labels.Length;

    public ReadOnlySpan<byte> Image(int index) => Pixels.AsSpan(index * PixelsPerImage, PixelsPerImage);

    public FashionClass Label(int index) => (FashionClass)Labels[index];

    /// <summary>Images as floats in [-1, 1] (the GAN's range), row-major [n, 784].</summary>
    public float[] ToSignedFloats(IReadOnlyList<int>? indices = null)
    {
        var idx = indices ?? Enumerable.Range(0, Count).ToArray();
        var result = new float[idx.Count * PixelsPerImage];
        for (int i = 0; i < idx.Count; i++)
            Imaging.ImageCodec.ToSignedFloats(Image(idx[i]), result.AsSpan(i * PixelsPerImage, PixelsPerImage));
        return result;
    }

    /// <summary>A deterministic subset (for tests and quick runs).</summary>
    public DataSplit Take(int count)
    {
        count = Math.Min(count, Count);
        return new DataSplit(Kind, Pixels.AsSpan(0, count * PixelsPerImage).ToArray(), Labels.AsSpan(0, count).ToArray(), Source, ImagesSha256, LabelsSha256);
    }
}
