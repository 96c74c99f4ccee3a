using FashionShowcase.Core.Catalog;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// The true score of every simulated shopper: s(u, X) = affinity_u[class(X)] + Σ_a w_u[a]·attr_a(X).
/// It scores any 28×28 image (catalog item, generated design, upload), given its class. Used to
/// evaluate and explain, never to train. Pure C# except the tensor overload (worker thread).
/// </summary>
public sealed class ShopperOracle : Evaluation.IShopperOracle
{
    private readonly (double[] Weights, double[] Affinities)[] _tastes;
    private readonly IReadOnlyList<FashionClass> _itemClasses;

    public ShopperOracle(VisualAttributes attributes, IReadOnlyList<FashionClass> itemClasses, IReadOnlyList<(double[] Weights, double[] Affinities)> tastes)
    {
        Attributes = attributes;
        _itemClasses = itemClasses;
        _tastes = tastes.ToArray();
        foreach (var (w, a) in _tastes)
            if (w.Length != VisualAttributes.Count || a.Length != Categories.Count)
                throw new ArgumentException("Every taste needs one weight per attribute and one affinity per class.", nameof(tastes));
    }

    public VisualAttributes Attributes { get; }

    public int ShopperCount => _tastes.Length;

    /// <summary>True score of catalog item <paramref name="item"/> for <paramref name="shopper"/>.</summary>
    public double Score(int shopper, int item)
    {
        var (w, a) = Taste(shopper);
        return a[(int)_itemClasses[item]] + Dot(w, Attributes.OfItem(item));
    }

    /// <summary>True score of any image (bytes, 0 = background) of class <paramref name="itemClass"/>.</summary>
    public double Score(int shopper, ReadOnlySpan<byte> image, FashionClass itemClass)
    {
        var (w, a) = Taste(shopper);
        return a[(int)itemClass] + Dot(w, Attributes.Of(image));
    }

    /// <summary>True score of any image given as floats in [-1, 1] (the generator's range).</summary>
    /// <inheritdoc />
    public double TrueScore(ReadOnlySpan<byte> pixels, FashionClass itemClass, int shopper) => Score(shopper, pixels, itemClass);

    public double ScoreSigned(int shopper, ReadOnlySpan<float> image, FashionClass itemClass)
    {
        var (w, a) = Taste(shopper);
        return a[(int)itemClass] + Dot(w, Attributes.OfSigned(image));
    }

    /// <summary>True scores of images [n, 1, 28, 28] (or [n, 784]) in [-1, 1], all of one class (worker thread).</summary>
    public double[] Score(int shopper, Tensor images, FashionClass itemClass)
    {
        ArgumentNullException.ThrowIfNull(images);
        if (images.numel() % DataSplit.PixelsPerImage != 0)
            throw new ArgumentException($"Images must be 28×28; got shape [{string.Join(", ", images.shape)}].", nameof(images));
        float[] pixels;
        using (no_grad())
        using (var flat = images.detach().to(float32).cpu().reshape(-1))
            pixels = flat.data<float>().ToArray();
        var n = pixels.Length / DataSplit.PixelsPerImage;
        var result = new double[n];
        for (int i = 0; i < n; i++)
            result[i] = ScoreSigned(shopper, pixels.AsSpan(i * DataSplit.PixelsPerImage, DataSplit.PixelsPerImage), itemClass);
        return result;
    }

    /// <summary>Fills <paramref name="into"/> with the true score of every catalog item.</summary>
    public void ScoreCatalog(int shopper, Span<double> into)
    {
        if (into.Length != _itemClasses.Count)
            throw new ArgumentException($"Room for {_itemClasses.Count} scores is needed.", nameof(into));
        for (int i = 0; i < into.Length; i++) into[i] = Score(shopper, i);
    }

    /// <summary>
    /// Share of catalog items (of the same class) the shopper truly likes less than
    /// <paramref name="score"/>: 0.9 means better than 90 % of the shop's items of that class.
    /// </summary>
    public double Percentile(int shopper, double score, FashionClass itemClass)
    {
        int below = 0, total = 0;
        for (int i = 0; i < _itemClasses.Count; i++)
        {
            if (_itemClasses[i] != itemClass) continue;
            total++;
            if (Score(shopper, i) < score) below++;
        }
        return total == 0 ? double.NaN : (double)below / total;
    }

    /// <summary>Splits the score of any image into its class part and one part per attribute.</summary>
    public OracleExplanation Explain(int shopper, ReadOnlySpan<byte> image, FashionClass itemClass)
    {
        var (w, a) = Taste(shopper);
        var z = Attributes.Of(image);
        var parts = new Dictionary<VisualAttribute, double>();
        var values = new Dictionary<VisualAttribute, double>();
        foreach (var attribute in VisualAttributes.All)
        {
            parts[attribute] = w[(int)attribute] * z[(int)attribute];
            values[attribute] = z[(int)attribute];
        }
        return new OracleExplanation(a[(int)itemClass] + parts.Values.Sum(), a[(int)itemClass], parts, values);
    }

    private (double[] Weights, double[] Affinities) Taste(int shopper)
    {
        if ((uint)shopper >= (uint)_tastes.Length)
            throw new ArgumentOutOfRangeException(nameof(shopper), shopper, $"Shoppers are 0..{_tastes.Length - 1}.");
        return _tastes[shopper];
    }

    private static double Dot(double[] w, ReadOnlySpan<float> z)
    {
        double s = 0;
        for (int k = 0; k < w.Length; k++) s += w[k] * z[k];
        return s;
    }
}
