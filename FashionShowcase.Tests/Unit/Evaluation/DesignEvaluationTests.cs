using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Models;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class DesignEvaluationTests(TorchWorkerFixture fixture) : IDisposable
{
    private static readonly DataSplit Catalog = new DataSetLocator(new DataSetOptions { ShippedDirectory = RepoPaths.Data, DownloadBaseUrl = null })
        .Load(SplitKind.Test).Take(300);

    /// <summary>Shopper 0 likes bright items, shopper 1 dark ones.</summary>
    private static readonly IShopperOracle Brightness = new DelegateShopperOracle((pixels, shopper) =>
        (shopper == 0 ? 1 : -1) * pixels.Average(p => (double)p));

    private readonly TinyDesignModels _models = fixture.Worker.Run(() => TinyDesignModels.Create(seed: 3));
    private readonly FashionClassifier _classifier = fixture.Worker.Run(() => new FashionClassifier(ClassifierConfig.Preset("tiny")));

    [Fact]
    public async Task A_tiny_run_reports_every_metric_in_range_over_every_pair()
    {
        var evaluation = new DesignEvaluation(fixture.Worker, _models.Generator, _models.Discriminator, _models.Preference, _classifier, Brightness, Catalog);
        var result = await evaluation.RunAsync(new DesignEvaluationOptions
        {
            Shoppers = [0, 1],
            Classes = [FashionClass.Sneaker, FashionClass.Bag],
            Design = new DesignOptions { Starts = 2, Steps = 2, Seed = 4 },
            CatalogItemsPerClass = 10,
            AlterationItemsPerShopper = 1,
            Alteration = new AlterationOptions { Steps = 2, Inversion = new InversionOptions { Starts = 1, Steps = 3 } },
        });
        Assert.Equal(4, result.Designs.Count);
        Assert.Equal(2, result.Alterations.Count);
        Assert.InRange(result.DesignOraclePercentile, 0, 100);
        Assert.InRange(result.DesignLearnedBeatsBestReal, 0, 1);
        Assert.InRange(result.DesignConditionalAccuracy, 0, 1);
        Assert.InRange(result.AlterationOracleGainFraction, 0, 1);
        Assert.InRange(result.AlterationSimilarity, -1, 1);
        Assert.All(result.Alterations, a => Assert.Contains(Catalog.Label(a.Item), new[] { FashionClass.Sneaker, FashionClass.Bag }));
        Assert.Equal(result.DesignOraclePercentile, result.ToMetrics()["design_oracle_percentile"]);
    }

    [Theory]
    [InlineData(10.0, 100.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(3.0, 62.5)]
    [InlineData(2.5, 50.0)]
    public void The_oracle_percentile_is_the_share_of_real_items_below_with_ties_counting_half(double value, double expected) =>
        Assert.Equal(expected, DesignEvaluation.OraclePercentile(value, [1, 2, 3, 4]), 6);

    [Fact]
    public async Task An_unknown_shopper_is_refused_with_a_clear_message()
    {
        var evaluation = new DesignEvaluation(fixture.Worker, _models.Generator, _models.Discriminator, _models.Preference, _classifier, Brightness, Catalog);
        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => evaluation.RunAsync(new DesignEvaluationOptions { Shoppers = [7] }));
        Assert.Contains("Shopper 7 does not exist", e.Message);
    }

    public void Dispose() => fixture.Worker.Run(() =>
    {
        _models.Dispose();
        _classifier.Dispose();
        return true;
    });
}
