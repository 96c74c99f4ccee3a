using System.Text.Json;
using System.Text.Json.Nodes;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Storage;

namespace FashionShowcase.Cli.Verbs;

/// <summary>`fashion evaluate --bundle DIR [--json] [--no-write] ...`: the GAN's metrics, recorded in the bundle.</summary>
public static class EvaluateVerb
{
    public const string SamplesFile = "samples.png";

    public const string Usage = """
        fashion evaluate --bundle DIR [--json] [--no-write] [--gan-only] [--samples N] [--per-class N] [--seed S]
                         [--design-eta X] [--design-shoppers N]
                         [--columns K] [--batch N] [--threads N] [--device auto|cpu|cuda] [--data DIR]
        Measures the bundle's classifier test accuracy, the GAN's conditional accuracy (--per-class images
        of each class, default 1,000), the domain FID of --samples generated vs real test images (default
        10,000) and its floor (real train vs real test). Saves a sample grid (one row per class) as
        DIR/samples.png and records the metrics in DIR/manifest.json, unless --no-write.
        """;

    public static int Run(string[] argv) => Run(argv, Console.Out);

    /// <summary>Design and alteration for one representative shopper per persona, in every class, scored by the oracle.</summary>
    private static IReadOnlyDictionary<string, double> DesignMetrics(TorchWorker worker, ModelBundle bundle, DataSplit catalog, DesignOptions design, int? shopperLimit)
    {
        var recommender = bundle.Recommender!;
        var shoppers = recommender.Shoppers;
        var representatives = shoppers.Population.Personas.Select(p => shoppers.Population.RepresentativeOf(p.Id)).Take(shopperLimit ?? int.MaxValue).ToArray();
        var evaluation = new DesignEvaluation(worker, bundle.Generator!, bundle.Discriminator!, recommender.Preference, bundle.Classifier!,
            shoppers.Oracle, catalog);
        var result = evaluation.RunAsync(new DesignEvaluationOptions { Shoppers = representatives, MaxShoppers = representatives.Length, Design = design },
            new Progress<string>(stage => Console.Error.WriteLine($"    {stage}"))).GetAwaiter().GetResult();
        return result.ToMetrics();
    }

    /// <summary>Runs the verb writing its report to <paramref name="output"/> (for tests).</summary>
    public static int Run(string[] argv, TextWriter output)
    {
        var args = new CliArgs(argv.Skip(1), ["json", "no-write", "gan-only"]);
        var bundleDir = args.Get("bundle") is { } b ? Path.GetFullPath(b)
            : throw new ArgumentException("evaluate needs --bundle DIR (a directory with manifest.json, e.g. models/showcase).");
        var json = args.Has("json");
        var write = !args.Has("no-write");
        var defaults = new GanEvaluationOptions();
        var options = defaults with
        {
            FidSamples = args.GetInt("samples") ?? defaults.FidSamples,
            ConditionalSamplesPerClass = args.GetInt("per-class") ?? defaults.ConditionalSamplesPerClass,
            Seed = args.GetLong("seed") ?? defaults.Seed,
            GridColumns = args.GetInt("columns") ?? defaults.GridColumns,
            BatchSize = args.GetInt("batch") ?? defaults.BatchSize,
        };
        options.Validate();
        var dataOptions = CliContext.DataOptions(args);
        OpenMpWaitPolicy.Apply(); // before the worker loads libtorch
        using var worker = CliContext.CreateWorker(args);
        var design = new DesignOptions { Seed = 1 };
        design = design with
        {
            Eta = args.GetDouble("design-eta") ?? design.Eta,
        };
        var designShoppers = args.GetInt("design-shoppers");
        args.RejectUnknown();
        ModelStore.ReadManifest(bundleDir); // a missing or broken bundle fails before minutes of data loading

        var locator = new DataSetLocator(dataOptions);
        var test = locator.Load(SplitKind.Test);
        var train = locator.Load(SplitKind.Train);
        Console.Error.WriteLine($"evaluate: {bundleDir} on {CliContext.Hardware(worker)}; {options}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = worker.Run(() =>
        {
            using var bundle = ModelBundle.Load(bundleDir, worker.Device);
            return GanEvaluation.Run(bundle, test, train, options,
                stage => Console.Error.WriteLine($"  [{clock.Elapsed:mm\\:ss}] {stage}…"));
        });

        var metrics = result.ToMetrics();
        var manifestNow = ModelStore.ReadManifest(bundleDir);
        if (manifestNow.Recommender is not null && !args.Has("gan-only"))
        {
            // One load of the full bundle (its shoppers are regenerated over the catalog) serves both parts.
            var bundle = worker.Run(() => ModelBundle.Load(bundleDir, worker.Device, test));
            try
            {
                Console.Error.WriteLine($"  [{clock.Elapsed:mm\\:ss}] recommender AUC (DVBPR, BPR-MF, popularity, oracle, random, cold)…");
                foreach (var (key, value) in RecommenderVerbs.Evaluate(bundle.Recommender!, bundleDir)) metrics[key] = value;
                Console.Error.WriteLine($"  [{clock.Elapsed:mm\\:ss}] design and alteration, judged by the oracle…");
                foreach (var (key, value) in DesignMetrics(worker, bundle, test, design.Validated(), designShoppers)) metrics[key] = value;
            }
            finally
            {
                worker.Run(() => { bundle.Dispose(); return 0; });
            }
        }
        string? samplesPath = null;
        if (write)
        {
            samplesPath = Path.Combine(bundleDir, SamplesFile);
            AtomicFile.WriteAllBytes(samplesPath, result.SamplesPng);
            var manifest = ModelStore.ReadManifest(bundleDir);
            var merged = new Dictionary<string, double>(manifest.Metrics);
            foreach (var (key, value) in metrics) merged[key] = value;
            ModelStore.WriteManifest(bundleDir, manifest with { Metrics = merged, MetricsCommand = CliContext.CommandLine(argv) });
        }

        if (json)
        {
            var obj = new JsonObject();
            foreach (var (key, value) in metrics) obj[key] = value;
            obj["fid_samples"] = options.FidSamples;
            obj["conditional_samples_per_class"] = options.ConditionalSamplesPerClass;
            obj["seed"] = options.Seed;
            obj["wall_seconds"] = Math.Round(result.WallSeconds, 1);
            obj["samples_png"] = samplesPath;
            output.WriteLine(obj.ToJsonString(BundleManifest.Json));
            return 0;
        }
        output.WriteLine($"classifier_accuracy       {result.ClassifierAccuracy.Overall:0.0000}   ({result.ClassifierAccuracy.Count:N0} test images)");
        output.WriteLine($"gan_conditional_accuracy  {result.GanConditionalAccuracy.Overall:0.0000}   ({options.ConditionalSamplesPerClass:N0} generated per class)");
        foreach (var c in Categories.All)
            output.WriteLine($"    {Categories.DisplayName(c),-12} {result.GanConditionalAccuracy.For(c):0.000}");
        output.WriteLine($"gan_fid                   {result.DomainFid.Fid:0.000}   ({options.FidSamples:N0} generated vs {options.FidSamples:N0} test, classifier features)");
        output.WriteLine($"gan_fid_floor             {result.DomainFid.Floor:0.000}   (real train vs real test; FID / floor = {result.DomainFid.RatioToFloor:0.00})");
        output.WriteLine(samplesPath is null ? "samples                   not written (--no-write)" : $"samples                   {samplesPath}");
        output.WriteLine($"took                      {result.WallSeconds:0} s");
        return 0;
    }
}
