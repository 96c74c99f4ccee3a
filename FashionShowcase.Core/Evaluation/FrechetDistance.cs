using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// Fréchet distance between two Gaussians fitted to feature sets (the "F" of FID):
/// d² = ‖μ1 − μ2‖² + tr(Σ1) + tr(Σ2) − 2·tr((Σ1 Σ2)^{1/2}).
/// <para>
/// (Σ1 Σ2)^{1/2} is not symmetric, but it is similar to the symmetric PSD matrix
/// (Σ1^{1/2} Σ2 Σ1^{1/2})^{1/2}, so both have the same trace. We take Σ1^{1/2} from a symmetric
/// eigendecomposition and sum the square roots of the eigenvalues of Σ1^{1/2} Σ2 Σ1^{1/2}: no complex
/// numbers and no iterative sqrtm, and tiny negative eigenvalues from rounding are clamped to 0.
/// Everything runs in float64 because the trace terms cancel almost exactly for similar sets.
/// </para>
/// </summary>
public static class FrechetDistance
{
    /// <summary>Distance between feature sets [n1, d] and [n2, d] (worker thread).</summary>
    public static double Between(Tensor features1, Tensor features2) =>
        Between(FeatureStatistics.Of(features1), FeatureStatistics.Of(features2));

    /// <summary>Distance between two summarised feature sets (worker thread).</summary>
    public static double Between(FeatureStatistics a, FeatureStatistics b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Dimension != b.Dimension)
            throw new ArgumentException($"Feature sets differ in dimension ({a.Dimension} vs {b.Dimension}); they must come from the same feature extractor.");
        int d = a.Dimension;
        using var scope = NewDisposeScope();
        var mu1 = tensor(a.Mean.ToArray(), ScalarType.Float64);
        var mu2 = tensor(b.Mean.ToArray(), ScalarType.Float64);
        var sigma1 = tensor(a.Covariance.ToArray(), ScalarType.Float64).reshape(d, d);
        var sigma2 = tensor(b.Covariance.ToArray(), ScalarType.Float64).reshape(d, d);

        var meanTerm = (mu1 - mu2).square().sum().item<double>();
        var sqrtSigma1 = SymmetricSqrt(sigma1);
        var inner = sqrtSigma1.matmul(sigma2).matmul(sqrtSigma1);
        inner = (inner + inner.T) / 2; // remove rounding asymmetry before eigvalsh
        var traceSqrt = linalg.eigvalsh(inner).clamp_min(0).sqrt().sum().item<double>();
        var distance = meanTerm + sigma1.trace().item<double>() + sigma2.trace().item<double>() - 2 * traceSqrt;
        // The true value is ≥ 0; rounding can leave a tiny negative number for identical sets.
        return Math.Max(0, distance);
    }

    /// <summary>Square root of a symmetric PSD matrix via eigh (negative eigenvalues from rounding → 0).</summary>
    private static Tensor SymmetricSqrt(Tensor symmetric)
    {
        var (values, vectors) = linalg.eigh((symmetric + symmetric.T) / 2);
        return (vectors * values.clamp_min(0).sqrt().unsqueeze(0)).matmul(vectors.T);
    }
}
