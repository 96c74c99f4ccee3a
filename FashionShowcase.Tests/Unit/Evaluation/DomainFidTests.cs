using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class DomainFidTests(TorchWorkerFixture fixture)
{
    private const int Samples = 300;

    [Fact]
    public void A_generator_that_copies_real_images_scores_far_below_one_that_paints_flat_greys()
    {
        var test = CatalogParts.Part(0, 3000, SplitKind.Test);
        var pool = CatalogParts.Part(3000, 3000, SplitKind.Train);
        var (copy, flat) = fixture.Worker.Run(() =>
        {
            Seeds.Apply(2);
            using var classifier = new FashionClassifier(ClassifierConfig.Preset("tiny"));
            using var copier = new RealImageGenerator(pool);
            using var painter = new ClassPaintingGenerator();
            var real = DomainFid.RealStatistics(classifier, test, Samples, seed: 1);
            return (FrechetDistance.Between(DomainFid.GeneratedStatistics(copier, 4, classifier, Samples, seed: 1), real),
                    FrechetDistance.Between(DomainFid.GeneratedStatistics(painter, 4, classifier, Samples, seed: 1), real));
        });
        Assert.True(copy * 5 < flat, $"copying real images: {copy}, flat greys: {flat}");
    }

    [Fact]
    public void An_untrained_generator_is_farther_from_the_test_images_than_the_floor_and_both_are_reproducible()
    {
        var test = CatalogParts.Part(0, 1000, SplitKind.Test);
        var train = CatalogParts.Part(1000, 1000, SplitKind.Train);
        var (first, second) = fixture.Worker.Run(() =>
        {
            Seeds.Apply(3);
            using var g = new ConditionalGenerator(GanConfig.Preset("tiny"));
            using var c = new FashionClassifier(ClassifierConfig.Preset("tiny"));
            return (DomainFid.Measure(g, c, test, train, Samples, seed: 9, batchSize: 128),
                    DomainFid.Measure(g, c, test, train, Samples, seed: 9, batchSize: 64));
        });
        Assert.True(first.Fid > first.Floor, $"FID {first.Fid} should exceed the floor {first.Floor}");
        Assert.True(first.Floor > 0);
        Assert.Equal(first.Fid, second.Fid, 1e-6);
        Assert.Equal(first.Floor, second.Floor, 1e-6);
    }

    [Fact]
    public void Asking_for_more_real_images_than_the_split_holds_is_refused_with_the_counts()
    {
        var small = CatalogParts.Part(0, 50, SplitKind.Test);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => fixture.Worker.Run(() =>
        {
            using var c = new FashionClassifier(ClassifierConfig.Preset("tiny"));
            return DomainFid.RealStatistics(c, small, samples: 100, seed: 1);
        }));
        Assert.Contains("50", error.Message);
    }
}
