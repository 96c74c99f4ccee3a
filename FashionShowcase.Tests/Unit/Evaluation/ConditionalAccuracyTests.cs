using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class ConditionalAccuracyTests(TorchWorkerFixture fixture)
{
    [Fact]
    public void A_generator_that_always_makes_the_requested_class_scores_one_in_every_class()
    {
        var result = fixture.Worker.Run(() =>
        {
            using var g = new ClassPaintingGenerator();
            using var c = new GreyReadingClassifier();
            return ConditionalAccuracy.Measure(g, latentSize: 4, c, perClass: 7, seed: 1, batchSize: 16);
        });
        Assert.Equal(1.0, result.Overall);
        Assert.All(result.PerClass, a => Assert.Equal(1.0, a));
        Assert.Equal(70, result.Count);
    }

    [Fact]
    public void Sneakers_judged_as_sandals_score_zero_for_sneaker_and_lower_the_overall_by_a_tenth()
    {
        var result = fixture.Worker.Run(() =>
        {
            using var g = new ClassPaintingGenerator();
            using var c = new GreyReadingClassifier(new Dictionary<long, long> { [(long)FashionClass.Sneaker] = (long)FashionClass.Sandal });
            return ConditionalAccuracy.Measure(g, latentSize: 4, c, perClass: 5, seed: 1, batchSize: 8);
        });
        Assert.Equal(0.0, result.For(FashionClass.Sneaker));
        Assert.Equal(1.0, result.For(FashionClass.Sandal));
        Assert.Equal(0.9, result.Overall, 1e-12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_accuracy_whatever_the_batch_size()
    {
        var (small, large) = fixture.Worker.Run(() =>
        {
            Seeds.Apply(11);
            using var g = new ConditionalGenerator(GanConfig.Preset("tiny"));
            using var c = new FashionClassifier(ClassifierConfig.Preset("tiny"));
            return (ConditionalAccuracy.Measure(g, c, perClass: 20, seed: 5, batchSize: 7),
                    ConditionalAccuracy.Measure(g, c, perClass: 20, seed: 5, batchSize: 200));
        });
        Assert.Equal(small.PerClass, large.PerClass);
        Assert.Equal(200, small.Count);
    }

    [Fact]
    public void Measuring_leaves_a_model_in_training_mode_as_it_was()
    {
        var (gTraining, cTraining) = fixture.Worker.Run(() =>
        {
            using var g = new ConditionalGenerator(GanConfig.Preset("tiny"));
            using var c = new FashionClassifier(ClassifierConfig.Preset("tiny"));
            g.train();
            c.train();
            ConditionalAccuracy.Measure(g, c, perClass: 2, seed: 1);
            return (g.training, c.training);
        });
        Assert.True(gTraining);
        Assert.True(cTraining);
    }

    [Fact]
    public void Zero_images_per_class_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => fixture.Worker.Run(() =>
        {
            using var g = new ClassPaintingGenerator();
            using var c = new GreyReadingClassifier();
            return ConditionalAccuracy.Measure(g, 4, c, perClass: 0, seed: 1);
        }));
    }
}
