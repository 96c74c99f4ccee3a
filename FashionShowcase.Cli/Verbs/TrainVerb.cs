using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Cli.Verbs;

/// <summary>`fashion train gan|classifier|recommender [--preset cpu|gpu|tiny] [--epochs N] [--seed S] [--out DIR] [--resume] ...`</summary>
public static class TrainVerb
{
    public const string Usage = """
        fashion train gan|classifier|recommender [--preset cpu|gpu|tiny] [--epochs N] [--seed S] [--out DIR] [--resume]
                                     [--batch N] [--lr X] [--lr-d X] [--kernel K] [--latent N] [--width N]
                                     [--max-steps N] [--limit N] [--threads N] [--device auto|cpu|cuda] [--data DIR]
        Writes the trained part into the bundle directory --out (default runs/<kind>-<time>), with
        checkpoints in --out/checkpoints/<kind>; --resume continues from the latest one.
        """;

    public static int Run(string[] argv)
    {
        if (argv.Length > 1 && argv[1].Equals("recommender", StringComparison.OrdinalIgnoreCase))
            return RecommenderVerbs.Train(argv.Skip(2).ToArray());
        var args = new CliArgs(argv.Skip(1), ["resume"]);
        var kind = args.Positional.FirstOrDefault()?.ToLowerInvariant();
        var preset = args.Get("preset") ?? "cpu";
        var seed = args.GetLong("seed") ?? 1;
        var outDir = Path.GetFullPath(args.Get("out") ?? Path.Combine("runs", $"{kind}-{DateTime.UtcNow:yyyyMMdd-HHmmss}"));
        var resume = args.Has("resume");
        var maxSteps = args.GetLong("max-steps");
        var limit = args.GetInt("limit");
        var dataOptions = CliContext.DataOptions(args); // reads --data before unknown options are refused
        using var worker = CliContext.CreateWorker(args);
        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

        switch (kind)
        {
            case "gan":
            {
                var config = GanConfig.Preset(preset) with { };
                config = config with
                {
                    Epochs = args.GetInt("epochs") ?? config.Epochs,
                    BatchSize = args.GetInt("batch") ?? config.BatchSize,
                    LearningRateG = args.GetDouble("lr") ?? config.LearningRateG,
                    LearningRateD = args.GetDouble("lr-d") ?? args.GetDouble("lr") ?? config.LearningRateD,
                    KernelSize = args.GetInt("kernel") ?? config.KernelSize,
                    LatentSize = args.GetInt("latent") ?? config.LatentSize,
                    Width = args.GetInt("width") ?? config.Width,
                };
                args.RejectUnknown();
                var data = LoadTrain(dataOptions, limit);
                var options = new GanTrainingOptions
                {
                    Config = config, Seed = seed, MaxSteps = maxSteps, Resume = resume,
                    CheckpointDirectory = Path.Combine(outDir, "checkpoints", "gan"),
                };
                Console.Error.WriteLine($"Training GAN: {config} seed={seed} on {data.Count} images → {outDir}");
                var progress = new ConsoleProgress(Path.Combine(outDir, "samples"));
                var result = BundleTraining.TrainGanAsync(worker, data, options, outDir, CliContext.CommandLine(argv), progress, cts.Token).GetAwaiter().GetResult();
                progress.Done();
                Console.Error.WriteLine($"GAN saved to {outDir} after {result.Steps} steps in {result.WallSeconds:0}s.");
                return 0;
            }
            case "classifier":
            {
                var config = ClassifierConfig.Preset(preset);
                config = config with
                {
                    Epochs = args.GetInt("epochs") ?? config.Epochs,
                    BatchSize = args.GetInt("batch") ?? config.BatchSize,
                    LearningRate = args.GetDouble("lr") ?? config.LearningRate,
                    Width = args.GetInt("width") ?? config.Width,
                };
                args.RejectUnknown();
                var data = LoadTrain(dataOptions, limit);
                var options = new ClassifierTrainingOptions
                {
                    Config = config, Seed = seed, MaxSteps = maxSteps, Resume = resume,
                    CheckpointDirectory = Path.Combine(outDir, "checkpoints", "classifier"),
                };
                Console.Error.WriteLine($"Training classifier: {config} seed={seed} on {data.Count} images → {outDir}");
                var progress = new ConsoleProgress();
                var result = BundleTraining.TrainClassifierAsync(worker, data, options, outDir, CliContext.CommandLine(argv), progress, cts.Token).GetAwaiter().GetResult();
                progress.Done();
                Console.Error.WriteLine($"Classifier saved to {outDir} after {result.Steps} steps in {result.WallSeconds:0}s.");
                return 0;
            }
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static DataSplit LoadTrain(DataSetOptions dataOptions, int? limit)
    {
        var split = new DataSetLocator(dataOptions).Load(SplitKind.Train);
        return limit is { } n ? split.Take(n) : split;
    }
}
