using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Cli.Verbs;

/// <summary>
/// `fashion train recommender [--preset cpu|gpu|tiny] [--epochs N] [--seed S] [--out DIR] [--resume]
/// [--checkpoints DIR] [--threads N] [--temperature T] [--noise S] [--dry-run]` and the recommender's part of `fashion evaluate`.
/// </summary>
public static class RecommenderVerbs
{
    public const string DefaultBundle = "models/default";

    public const string Usage =
        "usage: fashion train recommender [--preset cpu|gpu|tiny] [--epochs N] [--seed S] [--out DIR] [--resume] [--checkpoints DIR] [--threads N] [--temperature T] [--noise S] [--dry-run]";

    /// <param name="args">The arguments after `train recommender`.</param>
    public static int Train(string[] args)
    {
        string preset = "cpu", output = DefaultBundle;
        string? checkpoints = null;
        int? epochs = null, threads = null;
        double? temperature = null, noise = null;
        long? seed = null;
        bool resume = false, dryRun = false;
        try
        {
            for (int a = 0; a < args.Length; a++)
            {
                string Value() => a + 1 < args.Length ? args[++a] : throw new ArgumentException($"{args[a]} needs a value.");
                switch (args[a])
                {
                    case "--preset": preset = Value(); break;
                    case "--epochs": epochs = ParseInt(Value(), "--epochs"); break;
                    case "--seed": seed = long.TryParse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : throw new ArgumentException("--seed needs a whole number."); break;
                    case "--out": output = Value(); break;
                    case "--checkpoints": checkpoints = Value(); break;
                    case "--threads": threads = ParseInt(Value(), "--threads"); break;
                    case "--temperature": temperature = ParseDouble(Value(), "--temperature"); break;
                    case "--noise": noise = ParseDouble(Value(), "--noise"); break;
                    case "--resume": resume = true; break;
                    case "--dry-run": dryRun = true; break;
                    case "-h" or "--help": Console.WriteLine(Usage); return 0;
                    default: throw new ArgumentException($"Unknown option '{args[a]}'.");
                }
            }
            var options = RecommenderOptions.Preset(preset);
            if (epochs is { } e) options = options with { Epochs = e };
            if (seed is { } sd) options = options with { Seed = sd, Shoppers = options.Shoppers with { Seed = sd } };
            if (temperature is { } t) options = options with { Shoppers = options.Shoppers with { Temperature = t } };
            if (noise is { } n) options = options with { Shoppers = options.Shoppers with { AttributeNoise = n, AffinityNoise = n } };
            options.Validate();
            checkpoints ??= Path.Combine(output, "checkpoints", "recommender");
            return Run(options, output, checkpoints, resume, dryRun, threads, string.Join(' ', ["fashion", "train", "recommender", .. args]));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or InvalidOperationException or FileNotFoundException or DataSetNotFoundException or NonFiniteLossException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            Console.Error.WriteLine(Usage);
            return ex is NonFiniteLossException ? 3 : 2;
        }
    }

    /// <summary>Recommender metrics of a bundle: auc_dvbpr, auc_bpr_mf, auc_popularity, auc_oracle, auc_random, auc_cold_dvbpr (and more).</summary>
    public static Dictionary<string, double> Evaluate(string bundleDir)
    {
        var catalog = LoadCatalog();
        using var worker = new TorchWorker();
        var recommender = worker.Run(() => RecommenderBundle.Load(bundleDir, catalog, worker.Device));
        try
        {
            return Evaluate(recommender, bundleDir);
        }
        finally
        {
            worker.Run(() => { recommender.Dispose(); return true; });
        }
    }

    /// <summary>The same for a recommender already loaded from <paramref name="bundleDir"/> (BPR-MF is retrained from the part's seed).</summary>
    public static Dictionary<string, double> Evaluate(ShopperRecommender recommender, string bundleDir)
    {
        var part = RecommenderBundle.ReadPart(bundleDir);
        return RecommenderEvaluation.Evaluate(recommender, part.BprMf, part.Training.Seed);
    }

    private static int Run(RecommenderOptions options, string output, string checkpoints, bool resume, bool dryRun, int? threads, string command)
    {
        var clock = Stopwatch.StartNew();
        var catalog = LoadCatalog();
        Console.WriteLine($"options: {JsonSerializer.Serialize(options, BundleManifest.Json).ReplaceLineEndings(" ")}");
        var shoppers = ShopperSet.Create(catalog, options.Shoppers);
        var split = shoppers.Split;
        Console.WriteLine($"shoppers: {shoppers.Population.Count} over {catalog.Count} items, {split.TrainingPairCount} training interactions, {split.ColdItems.Count} cold items ({clock.Elapsed.TotalSeconds:F1}s)");
        var bprMf = new BprMatrixFactorizationOptions { Seed = options.Seed };
        if (dryRun)
        {
            foreach (var (key, value) in RecommenderEvaluation.Baselines(shoppers, bprMf, options.Seed))
                Console.WriteLine($"{key} {value:F4}");
            var (warm, cold) = KnownFeaturesAuc(shoppers, options.Seed);
            Console.WriteLine($"auc_known_features {warm:F4} (BPR on the true attributes + class: what a perfect Φ could reach)");
            Console.WriteLine($"auc_cold_known_features {cold:F4}");
            return 0;
        }

        using var worker = new TorchWorker(new TorchRuntimeOptions { Threads = threads ?? 0 });
        var listener = new DelegateTrainingListener(p =>
            Console.WriteLine($"step {p.Step}/{p.TotalSteps} epoch {p.Epoch}/{p.TotalEpochs} "
                              + string.Join(' ', p.Metrics.Select(m => $"{m.Key} {m.Value:F4}"))
                              + $" {p.ItemsPerSecond:F0} triples/s elapsed {p.Elapsed:mm\\:ss} eta {p.Eta:mm\\:ss}"));
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        BundlePartResult result;
        try
        {
            result = BundleTraining.TrainRecommenderAsync(worker, shoppers, options, output, checkpoints, resume, command, listener, cancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"cancelled; the last checkpoint is in {checkpoints} (continue with --resume).");
            return 130;
        }
        foreach (var (key, value) in result.Metrics.OrderBy(m => m.Key))
            Console.WriteLine($"{key} {value:F4}");
        Console.WriteLine($"saved recommender to {Path.GetFullPath(output)} ({result.WallSeconds:F0}s of training over all resumed runs, {result.Steps} steps, {clock.Elapsed.TotalSeconds:F0}s in this run)");
        return 0;
    }

    /// <summary>The shipped catalog (test split), looked up from the working directory and the executable's folder.</summary>
    internal static DataSplit LoadCatalog()
    {
        string? shipped = null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null && shipped is null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "data", SplitFiles.Test.ImagesFile)))
                    shipped = Path.Combine(dir.FullName, "data");
        return new DataSetLocator(new DataSetOptions { ShippedDirectory = shipped, DownloadBaseUrl = null }).Load(SplitKind.Test);
    }

    /// <summary>
    /// Dry-run reference: BPR with θu over the true features (class one-hot + standardised attributes),
    /// i.e. what DVBPR would reach if Φ learned the attributes perfectly. Tells whether the shopper
    /// settings leave the task learnable from the interactions alone.
    /// </summary>
    private static (double Warm, double Cold) KnownFeaturesAuc(ShopperSet shoppers, long seed)
    {
        const int dims = Categories.Count + VisualAttributes.Count;
        var split = shoppers.Split;
        var features = new float[split.ItemCount * dims];
        for (int i = 0; i < split.ItemCount; i++)
        {
            features[i * dims + (int)shoppers.Catalog.Label(i)] = 1;
            shoppers.Attributes.OfItem(i).CopyTo(features.AsSpan(i * dims + Categories.Count, VisualAttributes.Count));
        }
        var theta = new float[split.ShopperCount * dims];
        var (us, items) = split.TrainingPairs();
        for (int epoch = 0; epoch < 30; epoch++)
        {
            var rng = SeedStream.For(seed, -50, epoch);
            for (int n = 0; n < us.Length; n++)
            {
                int k = rng.Next(us.Length), u = us[k], i = items[k], j = split.SampleNegative(u, rng);
                double x = 0;
                for (int d = 0; d < dims; d++) x += theta[u * dims + d] * (features[i * dims + d] - features[j * dims + d]);
                float g = (float)(1 / (1 + Math.Exp(x)));
                for (int d = 0; d < dims; d++)
                    theta[u * dims + d] += 0.02f * (g * (features[i * dims + d] - features[j * dims + d]) - 0.01f * theta[u * dims + d]);
            }
        }
        var scorer = EmbeddingScorer.Create(theta, features, dims);
        return (RecommenderAuc.Compute(RecommenderAuc.SampleCases(split, HeldOut.Test, seed), scorer),
                RecommenderAuc.Compute(RecommenderAuc.SampleCases(split, HeldOut.Cold, seed), scorer));
    }

    private static double ParseDouble(string text, string name) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"{name} needs a number, got '{text}'.");

    private static int ParseInt(string text, string name) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : throw new ArgumentException($"{name} needs a whole number, got '{text}'.");
}
