namespace FashionShowcase.Core.Evaluation;

/// <summary>Accuracy overall and per fine class (indexed by the official label).</summary>
public sealed record ClassAccuracy(double Overall, IReadOnlyList<double> PerClass, int Count)
{
    public double For(Catalog.FashionClass c) => PerClass[(int)c];

    /// <summary>Builds the record from per-class correct and total counts.</summary>
    internal static ClassAccuracy FromCounts(long[] correct, long[] total)
    {
        var count = total.Sum();
        if (count == 0) throw new InvalidOperationException("No items were classified.");
        var perClass = correct.Zip(total, (c, t) => t == 0 ? double.NaN : (double)c / t).ToArray();
        return new ClassAccuracy((double)correct.Sum() / count, perClass, (int)count);
    }
}
