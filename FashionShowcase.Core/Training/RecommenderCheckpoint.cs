using System.Text.Json;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Storage;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Training;

/// <summary>Where a DVBPR run stands: written last, so its presence means the weight files beside it are complete.</summary>
/// <param name="TrainingSeconds">Wall time spent training up to this step, over all resumed runs.</param>
public sealed record RecommenderCheckpointState(long Step, int Epoch, RecommenderOptions Options, DvbprConfig Model, double TrainingSeconds = 0);

/// <summary>
/// A resumable DVBPR checkpoint: model weights, Adam's state and the step, in one directory. Every
/// file is written atomically and the state file last, so a crash mid-save leaves the previous
/// checkpoint readable. Worker thread only.
/// </summary>
public static class RecommenderCheckpoint
{
    public const string ModelFile = "dvbpr.ckpt.bin";
    public const string OptimizerFile = "dvbpr.adam.bin";
    public const string StateFile = "dvbpr.checkpoint.json";

    public static void Save(string directory, DvbprModel model, TorchSharp.Modules.Adam optimizer, RecommenderCheckpointState state)
    {
        Directory.CreateDirectory(directory);
        ModelStore.SaveWeights(model, Path.Combine(directory, ModelFile));
        AtomicFile.Write(Path.Combine(directory, OptimizerFile), temp => optimizer.save_state_dict(temp));
        AtomicFile.WriteAllText(Path.Combine(directory, StateFile), JsonSerializer.Serialize(state, BundleManifest.Json));
    }

    /// <summary>The saved state, or null when the directory holds no checkpoint.</summary>
    public static RecommenderCheckpointState? ReadState(string directory)
    {
        var path = Path.Combine(directory, StateFile);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<RecommenderCheckpointState>(File.ReadAllText(path), BundleManifest.Json)
                   ?? throw new InvalidDataException($"'{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a recommender checkpoint: {e.Message}", e);
        }
    }

    /// <summary>Loads weights and optimizer state saved by <see cref="Save"/> into freshly built objects.</summary>
    public static void Load(string directory, DvbprModel model, TorchSharp.Modules.Adam optimizer)
    {
        ModelStore.LoadWeights(model, Path.Combine(directory, ModelFile));
        var adam = Path.Combine(directory, OptimizerFile);
        if (!File.Exists(adam))
            throw new FileNotFoundException($"Checkpoint '{directory}' lacks the optimizer state ({OptimizerFile}).", adam);
        optimizer.load_state_dict(adam);
    }
}
