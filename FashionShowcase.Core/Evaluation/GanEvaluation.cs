using System.Diagnostics;
using System.Text.Json;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Core.Evaluation;

/// <summary>Everything `fashion evaluate` reports about a bundle.</summary>
public sealed record GanEvaluationResult(
    ClassAccuracy ClassifierAccuracy,
    ClassAccuracy GanConditionalAccuracy,
    DomainFidResult DomainFid,
    byte[] SamplesPng,
    GanEvaluationOptions Options,
    double WallSeconds)
{
    /// <summary>
    /// Flat snake_case metrics for the manifest and `--json`: classifier_accuracy, gan_conditional_accuracy,
    /// gan_fid, gan_fid_floor, gan_fid_ratio, then gan_conditional_accuracy_&lt;class&gt; per class.
    /// </summary>
    public Dictionary<string, double> ToMetrics()
    {
        var metrics = new Dictionary<string, double>
        {
            ["classifier_accuracy"] = ClassifierAccuracy.Overall,
            ["gan_conditional_accuracy"] = GanConditionalAccuracy.Overall,
            ["gan_fid"] = DomainFid.Fid,
            ["gan_fid_floor"] = DomainFid.Floor,
            ["gan_fid_ratio"] = DomainFid.RatioToFloor,
        };
        foreach (var c in Categories.All)
            metrics[$"gan_conditional_accuracy_{JsonNamingPolicy.SnakeCaseLower.ConvertName(c.ToString())}"] = GanConditionalAccuracy.For(c);
        return metrics;
    }
}

/// <summary>
/// Evaluates a bundle's GAN with its classifier: the classifier's own test accuracy (can it be
/// trusted as a judge?), the GAN's conditional accuracy, the domain FID against its floor, and a sample
/// grid. Worker thread; takes minutes on 2 CPU cores with the default 10,000 samples.
/// </summary>
public static class GanEvaluation
{
    /// <param name="reportStage">Called with the name of each stage as it starts (for progress display).</param>
    public static GanEvaluationResult Run(ModelBundle bundle, DataSplit test, DataSplit train, GanEvaluationOptions options, Action<string>? reportStage = null)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var generator = bundle.Generator
            ?? throw new InvalidOperationException($"The bundle at '{bundle.Directory}' has no GAN; train one with `fashion train gan --out {bundle.Directory}`.");
        var classifier = bundle.Classifier
            ?? throw new InvalidOperationException($"The bundle at '{bundle.Directory}' has no classifier, which the metrics need; train one with `fashion train classifier --out {bundle.Directory}`.");
        if (test.Kind != SplitKind.Test)
            throw new ArgumentException("The real side of the FID must be the test split (the catalog), which the GAN never saw.", nameof(test));
        if (options.FidSamples > test.Count || options.FidSamples > train.Count)
            throw new ArgumentOutOfRangeException(nameof(options), options.FidSamples,
                $"FidSamples = {options.FidSamples}, but the test split has {test.Count} images and the train split {train.Count}.");

        var clock = Stopwatch.StartNew();
        reportStage?.Invoke("classifier accuracy");
        var classifierAccuracy = ClassifierAccuracy.Measure(classifier, test, options.BatchSize);
        reportStage?.Invoke("conditional accuracy");
        var conditional = ConditionalAccuracy.Measure(generator, classifier, options.ConditionalSamplesPerClass, options.Seed, options.BatchSize);
        reportStage?.Invoke("domain FID");
        var fid = DomainFid.Measure(generator, classifier, test, train, options.FidSamples, options.Seed, options.BatchSize);
        reportStage?.Invoke("sample grid");
        var grid = SampleGrid.Render(generator, options.GridColumns, options.Seed);
        return new GanEvaluationResult(classifierAccuracy, conditional, fid, grid, options, clock.Elapsed.TotalSeconds);
    }
}
