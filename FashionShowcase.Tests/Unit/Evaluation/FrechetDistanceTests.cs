using FashionShowcase.Core.Evaluation;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class FrechetDistanceTests(TorchWorkerFixture fixture)
{
    [Fact]
    public void Identical_feature_sets_are_at_distance_zero()
    {
        var distance = fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            manual_seed(3);
            var features = randn(400, 16) * 3 + 1;
            return FrechetDistance.Between(features, features.clone());
        });
        Assert.InRange(distance, 0, 1e-8);
    }

    [Fact]
    public void Shifting_every_feature_by_a_vector_adds_its_squared_length()
    {
        var (distance, expected) = fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            manual_seed(4);
            var features = randn(300, 8, dtype: ScalarType.Float64);
            var shift = randn(8, dtype: ScalarType.Float64);
            return (FrechetDistance.Between(features, features + shift), shift.square().sum().item<double>());
        });
        Assert.Equal(expected, distance, 1e-8);
    }

    [Fact]
    public void In_one_dimension_the_distance_is_the_squared_mean_gap_plus_the_squared_std_gap()
    {
        // a: mean 3, sample variance 2.5; b: mean 14, variance 10 → 11² + (√2.5 − √10)² = 121 + 2.5.
        var distance = fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            var a = tensor(new double[] { 1, 2, 3, 4, 5 }).view(-1, 1);
            var b = tensor(new double[] { 10, 12, 14, 16, 18 }).view(-1, 1);
            return FrechetDistance.Between(a, b);
        });
        Assert.Equal(123.5, distance, 1e-9);
    }

    [Fact]
    public void Non_commuting_covariances_match_the_closed_form_for_two_dimensions()
    {
        // For 2×2 matrices, tr((Σ1Σ2)^½) = √(tr(Σ1Σ2) + 2√(det Σ1 · det Σ2)); Σ1Σ2 ≠ Σ2Σ1 here.
        double[] s1 = [2, 0.8, 0.8, 1], s2 = [1, -0.5, -0.5, 3];
        double trProduct = s1[0] * s2[0] + s1[1] * s2[2] + s1[2] * s2[1] + s1[3] * s2[3];
        double det1 = s1[0] * s1[3] - s1[1] * s1[2], det2 = s2[0] * s2[3] - s2[1] * s2[2];
        double expected = 1 * 1 + 2 * 2 + (s1[0] + s1[3]) + (s2[0] + s2[3]) - 2 * Math.Sqrt(trProduct + 2 * Math.Sqrt(det1 * det2));
        var distance = fixture.Worker.Run(() => FrechetDistance.Between(
            FeatureStatistics.FromValues([0, 0], s1, 100),
            FeatureStatistics.FromValues([1, 2], s2, 100)));
        Assert.Equal(expected, distance, 1e-9);
    }

    [Fact]
    public void Swapping_the_two_sets_gives_the_same_distance_through_a_different_square_root()
    {
        // d(a, b) takes the eigendecomposition of Σa^½ Σb Σa^½, d(b, a) that of Σb^½ Σa Σb^½: two
        // different computations of the same trace, so agreement checks the square-root step.
        var (ab, ba) = fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            manual_seed(8);
            var a = randn(500, 6, dtype: ScalarType.Float64).matmul(randn(6, 6, dtype: ScalarType.Float64));
            var b = randn(400, 6, dtype: ScalarType.Float64).matmul(randn(6, 6, dtype: ScalarType.Float64)) + 0.5;
            return (FrechetDistance.Between(a, b), FrechetDistance.Between(b, a));
        });
        Assert.True(ab > 0.1);
        Assert.Equal(ab, ba, 1e-8);
    }

    [Fact]
    public void Feature_sets_of_different_dimension_are_refused_with_a_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            return FrechetDistance.Between(randn(10, 4), randn(10, 5));
        }));
        Assert.Contains("dimension", error.Message);
    }

    [Fact]
    public void A_single_feature_vector_is_refused_because_it_has_no_covariance()
    {
        var error = Assert.Throws<ArgumentException>(() => fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            return FeatureStatistics.Of(randn(1, 4));
        }));
        Assert.Contains("at least 2", error.Message);
    }

    [Fact]
    public void Features_with_NaN_are_refused()
    {
        Assert.Throws<ArgumentException>(() => fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            var features = randn(10, 3);
            features[2, 1] = tensor(float.NaN);
            return FeatureStatistics.Of(features);
        }));
    }
}
