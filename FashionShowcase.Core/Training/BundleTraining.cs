using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Storage;

namespace FashionShowcase.Core.Training;

/// <summary>
/// Trains one part of a model bundle and writes it into the bundle directory (weights first, the
/// manifest last). The one entry point behind both `fashion train …` and the web app's training
/// runs, so a bundle made by either is the same. Call from any thread; tensor work goes to the worker.
/// </summary>
public static class BundleTraining
{
    /// <summary>Trains G and D on <paramref name="data"/> and saves them into <paramref name="bundleDir"/>.</summary>
    /// <param name="command">How the run was asked for (CLI command line or web run), kept in the manifest.</param>
    public static async Task<BundlePartResult> TrainGanAsync(
        TorchWorker worker, DataSplit data, GanTrainingOptions options, string bundleDir, string command,
        ITrainingListener? listener = null, CancellationToken cancellationToken = default)
    {
        using var result = await new GanTrainer(worker).TrainAsync(data, options, listener, cancellationToken).ConfigureAwait(false);
        var record = Record(worker, command, options.Seed, result.WallSeconds, result.Steps);
        await worker.RunAsync(() => BundleParts.SaveGan(bundleDir, result, record, data), WorkPriority.Background, CancellationToken.None).ConfigureAwait(false);
        return new BundlePartResult(TrainingKind.Gan, result.Steps, result.WallSeconds, result.LastMetrics.ToDictionary());
    }

    /// <summary>Trains the classifier on <paramref name="data"/> and saves it into <paramref name="bundleDir"/>.</summary>
    public static async Task<BundlePartResult> TrainClassifierAsync(
        TorchWorker worker, DataSplit data, ClassifierTrainingOptions options, string bundleDir, string command,
        ITrainingListener? listener = null, CancellationToken cancellationToken = default)
    {
        using var result = await new ClassifierTrainer(worker).TrainAsync(data, options, listener, cancellationToken).ConfigureAwait(false);
        var record = Record(worker, command, options.Seed, result.WallSeconds, result.Steps);
        await worker.RunAsync(() => BundleParts.SaveClassifier(bundleDir, result, record, data), WorkPriority.Background, CancellationToken.None).ConfigureAwait(false);
        return new BundlePartResult(TrainingKind.Classifier, result.Steps, result.WallSeconds, new Dictionary<string, double>());
    }

    /// <summary>
    /// Trains DVBPR on the interactions of <paramref name="shoppers"/> (made with
    /// <c>ShopperSet.Create(catalog, options.Shoppers)</c>),
    /// measures it against the baselines (AUC) and saves it with its metrics into <paramref name="bundleDir"/>.
    /// </summary>
    /// <param name="checkpointDirectory">Where checkpoints go (and resume reads); null = none.</param>
    public static async Task<BundlePartResult> TrainRecommenderAsync(
        TorchWorker worker, ShopperSet shoppers, RecommenderOptions options, string bundleDir, string? checkpointDirectory, bool resume, string command,
        ITrainingListener? listener = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var result = await new RecommenderTrainer(worker, options, listener).TrainAsync(shoppers, checkpointDirectory, resume, cancellationToken).ConfigureAwait(false);
        ShopperRecommender? recommender = null;
        try
        {
            recommender = await worker.RunAsync(() => ShopperRecommender.Create(result.Model, shoppers), WorkPriority.Background, CancellationToken.None).ConfigureAwait(false);
            var bprMf = new BprMatrixFactorizationOptions { Seed = options.Seed };
            // Scoring reads precomputed embeddings: plain C#, off the worker.
            var metrics = RecommenderEvaluation.Evaluate(recommender, bprMf, options.Seed, cancellationToken);
            var split = shoppers.Split;
            var part = new RecommenderManifest
            {
                Model = result.Model.Config,
                Training = options,
                Shoppers = options.Shoppers,
                Personas = shoppers.Population.Personas.Select(p => new PersonaSummary(p.Id, p.Name, p.Description)).ToArray(),
                BprMf = bprMf,
                TrainingInteractions = split.TrainingPairCount,
                ColdItems = split.ColdItems.Count,
                Metrics = metrics,
            };
            var wall = Math.Round(result.Elapsed.TotalSeconds, 1);
            var record = Record(worker, command, options.Seed, wall, result.Steps);
            await worker.RunAsync(() => RecommenderBundle.Save(bundleDir, result.Model, part, record), WorkPriority.Background, CancellationToken.None).ConfigureAwait(false);
            return new BundlePartResult(TrainingKind.Recommender, result.Steps, wall, metrics);
        }
        finally
        {
            // The recommender owns the model; without one, free the model alone.
            var done = (IDisposable?)recommender ?? result.Model;
            await worker.RunAsync(done.Dispose, WorkPriority.Background, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Starts <paramref name="targetDir"/> as a copy of <paramref name="sourceDir"/>'s parts other than
    /// <paramref name="kind"/> (weights and manifest sections), so that a bundle with only a new
    /// classifier, say, still has the source's GAN and recommender. The manifest's evaluation metrics
    /// are dropped: they measured the old combination of parts. Returns false when the source has no manifest.
    /// </summary>
    public static bool CopyOtherParts(string sourceDir, string targetDir, TrainingKind kind)
    {
        if (!File.Exists(Path.Combine(sourceDir, ModelStore.ManifestFile))) return false;
        var source = ModelStore.ReadManifest(sourceDir);
        Directory.CreateDirectory(targetDir);
        var manifest = source with
        {
            Name = Path.GetFileName(Path.GetFullPath(targetDir).TrimEnd(Path.DirectorySeparatorChar)),
            Metrics = [],
            MetricsCommand = null,
        };
        manifest = kind switch
        {
            TrainingKind.Gan => manifest with { Gan = null, GanTraining = null },
            TrainingKind.Classifier => manifest with { Classifier = null, ClassifierTraining = null },
            TrainingKind.Recommender => manifest with { Recommender = null, RecommenderTraining = null },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown training kind."),
        };
        var files = new List<string>();
        if (manifest.Gan is not null) files.AddRange([ModelStore.GeneratorFile, ModelStore.DiscriminatorFile]);
        if (manifest.Classifier is not null) files.Add(ModelStore.ClassifierFile);
        if (manifest.Recommender is not null) files.Add(ModelStore.RecommenderFile);
        foreach (var file in files)
        {
            var from = Path.Combine(sourceDir, file);
            if (!File.Exists(from))
                throw new FileNotFoundException($"The bundle at '{sourceDir}' lists a part whose weight file '{file}' is missing.", from);
            AtomicFile.Write(Path.Combine(targetDir, file), temp => File.Copy(from, temp, overwrite: true));
        }
        ModelStore.WriteManifest(targetDir, manifest);
        return true;
    }

    private static TrainingRecord Record(TorchWorker worker, string command, long seed, double wallSeconds, long steps) => new()
    {
        Command = command,
        Seed = seed,
        WallSeconds = wallSeconds,
        Hardware = $"{(worker.IsCuda ? "cuda" : "cpu")}, {worker.Threads} threads, {Environment.ProcessorCount} cores visible",
        Steps = steps,
    };
}
