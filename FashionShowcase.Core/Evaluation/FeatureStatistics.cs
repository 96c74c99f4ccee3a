using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// Mean and covariance of a feature set: all the Fréchet distance needs. Plain arrays (float64) so a
/// reference set's statistics can be computed once, kept and compared against many generated sets.
/// </summary>
public sealed record FeatureStatistics
{
    private FeatureStatistics(int dimension, int count, double[] mean, double[] covariance)
    {
        Dimension = dimension;
        Count = count;
        Mean = mean;
        Covariance = covariance;
    }

    public int Dimension { get; }

    /// <summary>How many feature vectors the statistics summarise.</summary>
    public int Count { get; }

    public IReadOnlyList<double> Mean { get; }

    /// <summary>Row-major [Dimension × Dimension], unbiased (n − 1), as numpy.cov and pytorch-fid use.</summary>
    public IReadOnlyList<double> Covariance { get; }

    /// <summary>Statistics of features [n, d] (any float dtype and device; computed in float64). Worker thread.</summary>
    public static FeatureStatistics Of(Tensor features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.dim() != 2)
            throw new ArgumentException($"Features must be a matrix [n, d]; got shape [{string.Join(", ", features.shape)}].", nameof(features));
        var n = (int)features.shape[0];
        var d = (int)features.shape[1];
        if (n < 2)
            throw new ArgumentException($"A covariance needs at least 2 feature vectors; got {n}.", nameof(features));
        if (d < 1)
            throw new ArgumentException("Feature vectors must have at least one component.", nameof(features));
        using var scope = NewDisposeScope();
        var x = features.detach().to(CPU).to(ScalarType.Float64);
        if (!isfinite(x).all().item<bool>())
            throw new ArgumentException("Features contain NaN or infinite values; the model producing them is broken.", nameof(features));
        var mean = x.mean([0L]);
        var centred = x - mean;
        var covariance = centred.T.matmul(centred) / (n - 1);
        return new FeatureStatistics(d, n, mean.data<double>().ToArray(), covariance.contiguous().data<double>().ToArray());
    }

    /// <summary>Statistics from known values (for reference sets stored elsewhere, and tests).</summary>
    public static FeatureStatistics FromValues(IReadOnlyList<double> mean, IReadOnlyList<double> covariance, int count)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(covariance);
        var d = mean.Count;
        if (d < 1)
            throw new ArgumentException("The mean must have at least one component.", nameof(mean));
        if (covariance.Count != d * d)
            throw new ArgumentException($"A {d}-dimensional mean needs a {d}×{d} covariance ({d * d} values); got {covariance.Count}.", nameof(covariance));
        if (mean.Any(v => !double.IsFinite(v)) || covariance.Any(v => !double.IsFinite(v)))
            throw new ArgumentException("Statistics contain NaN or infinite values.", nameof(mean));
        return new FeatureStatistics(d, count, mean.ToArray(), covariance.ToArray());
    }
}
