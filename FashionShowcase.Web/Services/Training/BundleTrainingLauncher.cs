using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Web.Services.Training;

/// <summary>
/// The production launcher: maps a <see cref="RunRequest"/> to Core's options and calls
/// <see cref="BundleTraining"/>, as `fashion train` does. A run's directory becomes a COMPLETE bundle:
/// it starts as a copy of the active bundle's other parts, so activating a classifier-only run keeps
/// the GAN and the recommender. Checkpoints go to &lt;run&gt;/checkpoints/&lt;kind&gt;; a run killed with
/// the process leaves them there, and `fashion train &lt;kind&gt; --out &lt;run dir&gt; --resume` with the same
/// settings continues it.
/// </summary>
public sealed class BundleTrainingLauncher(
    TorchWorker worker,
    ActiveBundle active,
    ShopCatalog catalog,
    DataSetOptions trainData,
    ILogger<BundleTrainingLauncher> logger) : ITrainingLauncher
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private DataSplit? _train;

    public async Task RunAsync(RunRequest request, ITrainingListener listener, string outputDirectory, CancellationToken cancellationToken)
    {
        request.Validate();
        Directory.CreateDirectory(outputDirectory);
        if (active.Directory is { } source && BundleTraining.CopyOtherParts(source, outputDirectory, request.Kind))
            logger.LogInformation("Run bundle {OutputDirectory} starts from the other parts of {ActiveBundle}", outputDirectory, source);
        else
            logger.LogWarning("No active bundle to copy parts from; run bundle {OutputDirectory} will hold only the {Kind}", outputDirectory, request.Kind);

        var command = $"web run: {request.Kind} preset={request.Preset} epochs={request.Epochs} batch={request.BatchSize} lr={request.LearningRate} "
                      + $"lr-d={request.DiscriminatorLearningRate} kernel={request.KernelSize} latent={request.LatentSize} seed={request.Seed}"
                      + (request.DataLimit is { } l ? $" limit={l}" : "") + (request.MaxSteps is { } m ? $" max-steps={m}" : "");
        var checkpoints = Path.Combine(outputDirectory, "checkpoints", request.Kind.ToString().ToLowerInvariant());
        switch (request.Kind)
        {
            case TrainingKind.Gan:
            {
                var data = await TrainSplitAsync(request, cancellationToken);
                var options = GanOptions(request, data.Count, checkpoints);
                await BundleTraining.TrainGanAsync(worker, data, options, outputDirectory, command, listener, cancellationToken);
                break;
            }
            case TrainingKind.Classifier:
            {
                var data = await TrainSplitAsync(request, cancellationToken);
                var options = ClassifierOptions(request, data.Count, checkpoints);
                await BundleTraining.TrainClassifierAsync(worker, data, options, outputDirectory, command, listener, cancellationToken);
                break;
            }
            case TrainingKind.Recommender:
            {
                var options = RecommenderOptionsOf(request);
                var shoppers = ShopperSet.Create(catalog.Split, options.Shoppers);
                await BundleTraining.TrainRecommenderAsync(worker, shoppers, options, outputDirectory, checkpoints, resume: false, command, listener, cancellationToken);
                break;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "Unknown training kind.");
        }
    }

    /// <summary>The GAN options a request stands for (the preset, overridden by the request's fields).</summary>
    public static GanTrainingOptions GanOptions(RunRequest request, int images, string? checkpointDirectory)
    {
        var config = GanConfig.Preset(request.Preset) with
        {
            Epochs = request.Epochs,
            BatchSize = request.BatchSize,
            LearningRateG = request.LearningRate,
            LearningRateD = request.DiscriminatorLearningRate,
            KernelSize = request.KernelSize,
            LatentSize = request.LatentSize,
        };
        var every = ReportEvery(ExpectedSteps(images, config.BatchSize, config.Epochs, request.MaxSteps));
        var options = new GanTrainingOptions
        {
            Config = config, Seed = request.Seed, MaxSteps = request.MaxSteps, CheckpointDirectory = checkpointDirectory,
            ProgressEvery = every.Progress, SampleEvery = every.Sample,
        };
        Validated(options.Validate);
        return options;
    }

    /// <summary>The classifier options a request stands for.</summary>
    public static ClassifierTrainingOptions ClassifierOptions(RunRequest request, int images, string? checkpointDirectory)
    {
        var config = ClassifierConfig.Preset(request.Preset) with
        {
            Epochs = request.Epochs,
            BatchSize = request.BatchSize,
            LearningRate = request.LearningRate,
        };
        var every = ReportEvery(ExpectedSteps(images, config.BatchSize, config.Epochs, request.MaxSteps));
        var options = new ClassifierTrainingOptions
        {
            Config = config, Seed = request.Seed, MaxSteps = request.MaxSteps, CheckpointDirectory = checkpointDirectory,
            ProgressEvery = every.Progress,
        };
        Validated(options.Validate);
        return options;
    }

    /// <summary>The recommender options a request stands for (as `fashion train recommender`: the seed also seeds the shoppers).</summary>
    public static RecommenderOptions RecommenderOptionsOf(RunRequest request)
    {
        var preset = RecommenderOptions.Preset(request.Preset);
        var options = preset with
        {
            Epochs = request.Epochs,
            BatchSize = request.BatchSize,
            LearningRate = request.LearningRate,
            EmbeddingSize = request.LatentSize,
            Seed = request.Seed,
            Shoppers = preset.Shoppers with { Seed = request.Seed },
        };
        Validated(options.Validate);
        return options;
    }

    private async Task<DataSplit> TrainSplitAsync(RunRequest request, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Loaded once (≈ 47 MB, checksum-verified): later runs reuse it.
            _train ??= new DataSetLocator(trainData).Load(SplitKind.Train);
        }
        catch (DataSetNotFoundException e)
        {
            throw new InvalidOperationException($"The {request.Kind} cannot be trained: the Fashion-MNIST train split was not found. {e.Message}", e);
        }
        finally
        {
            _loading.Release();
        }
        return request.DataLimit is { } limit && limit < _train.Count ? _train.Take(limit) : _train;
    }

    /// <summary>Progress about 50 times a run (at most every 20 steps), a sample grid about 5 times.</summary>
    private static (int Progress, int Sample) ReportEvery(long expectedSteps) =>
        ((int)Math.Clamp(expectedSteps / 50, 1, 20), (int)Math.Clamp(expectedSteps / 5, 1, 200));

    private static long ExpectedSteps(int images, int batch, int epochs, long? maxSteps)
    {
        var all = (long)Math.Ceiling(images / (double)Math.Max(1, batch)) * epochs;
        return maxSteps is { } m ? Math.Min(m, all) : all;
    }

    /// <summary>Core's option checks, with the message kept for the run's error.</summary>
    private static void Validated(Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The training settings are not valid: {e.Message}", e);
        }
    }
}
