using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Storage;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class GanEvaluationTests(TorchWorkerFixture fixture)
{
    private static readonly GanEvaluationOptions Small = new() { ConditionalSamplesPerClass = 5, FidSamples = 100, GridColumns = 2, BatchSize = 64 };

    [Fact]
    public void A_tiny_bundle_gets_every_metric_the_cli_reports()
    {
        var dir = fixture.Worker.Run(() => TinyBundle.Write(withClassifier: true));
        var test = CatalogParts.Part(0, 500, SplitKind.Test);
        var train = CatalogParts.Part(500, 500, SplitKind.Train);
        var result = fixture.Worker.Run(() =>
        {
            using var bundle = ModelBundle.Load(dir, CPU);
            return GanEvaluation.Run(bundle, test, train, Small);
        });
        var metrics = result.ToMetrics();
        foreach (var key in new[] { "classifier_accuracy", "gan_conditional_accuracy", "gan_fid", "gan_fid_floor", "gan_conditional_accuracy_ankle_boot", "gan_conditional_accuracy_t_shirt_top" })
            Assert.True(metrics.ContainsKey(key), key);
        Assert.Equal(500, result.ClassifierAccuracy.Count);
        Assert.Equal(50, result.GanConditionalAccuracy.Count);
        Assert.Equal(SampleGrid.SizeFor(2), ImageCodecSize(result.SamplesPng));
    }

    [Fact]
    public void A_bundle_without_a_classifier_is_refused_with_the_command_that_trains_one()
    {
        var dir = fixture.Worker.Run(() => TinyBundle.Write(withClassifier: false));
        var test = CatalogParts.Part(0, 200, SplitKind.Test);
        var error = Assert.Throws<InvalidOperationException>(() => fixture.Worker.Run(() =>
        {
            using var bundle = ModelBundle.Load(dir, CPU);
            return GanEvaluation.Run(bundle, test, test, Small);
        }));
        Assert.Contains("fashion train classifier", error.Message);
    }

    [Fact]
    public void More_fid_samples_than_test_images_is_refused()
    {
        var dir = fixture.Worker.Run(() => TinyBundle.Write(withClassifier: true));
        var test = CatalogParts.Part(0, 60, SplitKind.Test);
        Assert.Throws<ArgumentOutOfRangeException>(() => fixture.Worker.Run(() =>
        {
            using var bundle = ModelBundle.Load(dir, CPU);
            return GanEvaluation.Run(bundle, test, test, Small);
        }));
    }

    private static (int, int) ImageCodecSize(byte[] png)
    {
        var (w, h, _) = Core.Imaging.ImageCodec.DecodeGrey(png);
        return (w, h);
    }
}

/// <summary>Writes an untrained tiny bundle (G, D and optionally the classifier) to a fresh temp directory (worker thread).</summary>
internal static class TinyBundle
{
    public static string Write(bool withClassifier)
    {
        var dir = Path.Combine(Path.GetTempPath(), "fs-bundle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        using var scope = NewDisposeScope();
        var gan = GanConfig.Preset("tiny");
        using (var g = new ConditionalGenerator(gan)) ModelStore.SaveWeights(g, Path.Combine(dir, ModelStore.GeneratorFile));
        using (var d = new ConditionalDiscriminator(gan)) ModelStore.SaveWeights(d, Path.Combine(dir, ModelStore.DiscriminatorFile));
        ClassifierConfig? classifier = null;
        if (withClassifier)
        {
            classifier = ClassifierConfig.Preset("tiny");
            using var c = new FashionClassifier(classifier);
            ModelStore.SaveWeights(c, Path.Combine(dir, ModelStore.ClassifierFile));
        }
        ModelStore.WriteManifest(dir, new BundleManifest { Name = "tiny", Gan = gan, Classifier = classifier });
        return dir;
    }
}
