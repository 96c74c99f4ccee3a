using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// Visual attributes of 28×28 grey images, standardised over the catalog. The catalog's mean and
/// standard deviation are kept, so any new image (generated, uploaded) is measured on the same scale
/// as the items shoppers learned their taste on. Pure C#: thread-safe, no tensors.
/// </summary>
public sealed class VisualAttributes
{
    public const int Count = 5;

    /// <summary>Grey level (0..255) above which a pixel belongs to the garment, not the background.</summary>
    public const int GarmentThreshold = 25;

    private readonly float[] _standardised; // [items, Count]

    public VisualAttributes(IReadOnlyList<double> mean, IReadOnlyList<double> std, float[] standardisedItems)
    {
        if (mean.Count != Count || std.Count != Count)
            throw new ArgumentException($"Mean and std need {Count} values each.");
        if (std.Any(s => !(s > 0)))
            throw new ArgumentException("Every standard deviation must be positive.", nameof(std));
        if (standardisedItems.Length % Count != 0)
            throw new ArgumentException($"The item matrix must have {Count} columns.", nameof(standardisedItems));
        Mean = mean.ToArray();
        Std = std.ToArray();
        _standardised = standardisedItems;
    }

    public static IReadOnlyList<VisualAttribute> All { get; } = Enum.GetValues<VisualAttribute>();

    /// <summary>Catalog mean of each raw attribute (index = <see cref="VisualAttribute"/>).</summary>
    public IReadOnlyList<double> Mean { get; }

    /// <summary>Catalog standard deviation of each raw attribute.</summary>
    public IReadOnlyList<double> Std { get; }

    public int ItemCount => _standardised.Length / Count;

    /// <summary>Measures every catalog item and standardises over them.</summary>
    public static VisualAttributes FromCatalog(DataSplit catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.Count < 2)
            throw new ArgumentException("At least two catalog items are needed to standardise attributes.", nameof(catalog));
        var raw = new float[catalog.Count * Count];
        for (int i = 0; i < catalog.Count; i++)
            Measure(catalog.Image(i), raw.AsSpan(i * Count, Count));
        var mean = new double[Count];
        var std = new double[Count];
        for (int a = 0; a < Count; a++)
        {
            double sum = 0, sq = 0;
            for (int i = 0; i < catalog.Count; i++) sum += raw[i * Count + a];
            mean[a] = sum / catalog.Count;
            for (int i = 0; i < catalog.Count; i++) sq += Math.Pow(raw[i * Count + a] - mean[a], 2);
            std[a] = Math.Max(Math.Sqrt(sq / catalog.Count), 1e-6); // a constant attribute must not divide by zero
        }
        for (int i = 0; i < catalog.Count; i++)
            for (int a = 0; a < Count; a++)
                raw[i * Count + a] = (float)((raw[i * Count + a] - mean[a]) / std[a]);
        return new VisualAttributes(mean, std, raw);
    }

    /// <summary>Standardised attributes of catalog item <paramref name="item"/>.</summary>
    public ReadOnlySpan<float> OfItem(int item)
    {
        if ((uint)item >= (uint)ItemCount)
            throw new ArgumentOutOfRangeException(nameof(item), item, $"Catalog items are 0..{ItemCount - 1}.");
        return _standardised.AsSpan(item * Count, Count);
    }

    /// <summary>Standardised attributes of any 28×28 image given as bytes (0 = background).</summary>
    public float[] Of(ReadOnlySpan<byte> pixels)
    {
        var result = new float[Count];
        Measure(pixels, result);
        Standardise(result);
        return result;
    }

    /// <summary>Standardised attributes of any 28×28 image given as floats in [-1, 1] (the GAN's range).</summary>
    public float[] OfSigned(ReadOnlySpan<float> pixels)
    {
        if (pixels.Length != DataSplit.PixelsPerImage)
            throw new ArgumentException($"An image has {DataSplit.PixelsPerImage} pixels, got {pixels.Length}.", nameof(pixels));
        Span<byte> bytes = stackalloc byte[DataSplit.PixelsPerImage];
        for (int p = 0; p < bytes.Length; p++)
        {
            var v = float.IsFinite(pixels[p]) ? (pixels[p] + 1f) * 127.5f : 0f;
            bytes[p] = (byte)Math.Clamp(MathF.Round(v), 0f, 255f);
        }
        return Of(bytes);
    }

    private void Standardise(Span<float> raw)
    {
        for (int a = 0; a < Count; a++)
            raw[a] = (float)((raw[a] - Mean[a]) / Std[a]);
    }

    /// <summary>
    /// Raw (unstandardised) attributes of one image, written into <paramref name="into"/> in
    /// <see cref="VisualAttribute"/> order. Every value is in [0, 1].
    /// </summary>
    public static void Measure(ReadOnlySpan<byte> pixels, Span<float> into)
    {
        const int side = DataSplit.Side;
        if (pixels.Length != DataSplit.PixelsPerImage)
            throw new ArgumentException($"An image has {DataSplit.PixelsPerImage} pixels ({side}×{side}), got {pixels.Length}.", nameof(pixels));
        if (into.Length < Count)
            throw new ArgumentException($"Room for {Count} attributes is needed.", nameof(into));

        int garment = 0;
        double sum = 0, sumSq = 0;
        for (int p = 0; p < pixels.Length; p++)
        {
            if (pixels[p] <= GarmentThreshold) continue;
            garment++;
            sum += pixels[p];
            sumSq += (double)pixels[p] * pixels[p];
        }

        // Texture only counts the garment's interior: the silhouette's own edge is a gradient every
        // item has, and would make texture a copy of area.
        double gradient = 0;
        int interior = 0;
        for (int r = 1; r < side - 1; r++)
            for (int c = 1; c < side - 1; c++)
            {
                int p = r * side + c;
                if (pixels[p] <= GarmentThreshold || pixels[p - 1] <= GarmentThreshold || pixels[p + 1] <= GarmentThreshold
                    || pixels[p - side] <= GarmentThreshold || pixels[p + side] <= GarmentThreshold)
                    continue;
                interior++;
                // Forward differences: a central difference would miss one-pixel stripes entirely.
                double dx = pixels[p + 1] - pixels[p], dy = pixels[p + side] - pixels[p];
                gradient += Math.Sqrt(dx * dx + dy * dy);
            }

        double mirrorDiff = 0, mirrorMass = 0;
        for (int r = 0; r < side; r++)
            for (int c = 0; c < side / 2; c++)
            {
                int left = pixels[r * side + c], right = pixels[r * side + side - 1 - c];
                mirrorDiff += Math.Abs(left - right);
                mirrorMass += Math.Max(left, right);
            }

        double mean = garment == 0 ? 0 : sum / garment;
        double variance = garment == 0 ? 0 : Math.Max(0, sumSq / garment - mean * mean);
        into[(int)VisualAttribute.Brightness] = (float)(mean / 255.0);
        into[(int)VisualAttribute.Area] = (float)garment / pixels.Length;
        into[(int)VisualAttribute.Texture] = interior == 0 ? 0f : (float)(gradient / interior / 255.0);
        into[(int)VisualAttribute.Contrast] = (float)(Math.Sqrt(variance) / 127.5);
        into[(int)VisualAttribute.Symmetry] = mirrorMass == 0 ? 1f : (float)(1.0 - mirrorDiff / mirrorMass);
    }
}
