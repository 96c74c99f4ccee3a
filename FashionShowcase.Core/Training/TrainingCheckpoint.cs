using System.Text.Json;
using FashionShowcase.Core.Storage;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Training;

/// <summary>Where a checkpoint stands: the step to continue from and the config that made it.</summary>
public sealed record CheckpointState(long Step, int Epoch, int StepInEpoch, long Seed, string ConfigJson, double WallSeconds);

/// <summary>
/// Checkpoints that a kill cannot corrupt. Each save writes a fresh directory step-N/ (weights,
/// optimizer states), then atomically replaces latest.json, which names it; older step
/// directories are deleted only afterwards. A reader follows latest.json, so it always finds a
/// complete checkpoint: the new one or the previous one.
/// </summary>
public static class TrainingCheckpoint
{
    public const string LatestFile = "latest.json";

    /// <summary>Saves modules and optimizers (worker thread).</summary>
    public static void Save(
        string root,
        CheckpointState state,
        IReadOnlyDictionary<string, nn.Module> modules,
        IReadOnlyDictionary<string, OptimizerHelper> optimizers)
    {
        var name = $"step-{state.Step:D9}";
        var dir = Path.Combine(root, name);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        foreach (var (key, module) in modules)
            ModelStore.SaveWeights(module, Path.Combine(dir, key + ".bin"));
        foreach (var (key, optimizer) in optimizers)
            AtomicFile.Write(Path.Combine(dir, key + ".optim"), temp => optimizer.save_state_dict(temp));
        AtomicFile.WriteAllText(Path.Combine(dir, "state.json"), JsonSerializer.Serialize(state));
        AtomicFile.WriteAllText(Path.Combine(root, LatestFile), JsonSerializer.Serialize(new LatestPointer(name)));
        foreach (var old in Directory.EnumerateDirectories(root, "step-*"))
            if (Path.GetFileName(old) != name)
                Directory.Delete(old, recursive: true);
    }

    /// <summary>The state of the latest complete checkpoint, or null when there is none.</summary>
    public static CheckpointState? TryReadState(string root)
    {
        var dir = LatestDirectory(root);
        if (dir is null) return null;
        return JsonSerializer.Deserialize<CheckpointState>(File.ReadAllText(Path.Combine(dir, "state.json")))
            ?? throw new InvalidDataException($"Checkpoint state in '{dir}' is empty.");
    }

    /// <summary>Loads weights and optimizer states of the latest checkpoint into existing objects (worker thread).</summary>
    public static void Load(
        string root,
        IReadOnlyDictionary<string, nn.Module> modules,
        IReadOnlyDictionary<string, OptimizerHelper> optimizers)
    {
        var dir = LatestDirectory(root) ?? throw new FileNotFoundException($"No checkpoint in '{root}'.");
        foreach (var (key, module) in modules)
            ModelStore.LoadWeights(module, Path.Combine(dir, key + ".bin"));
        foreach (var (key, optimizer) in optimizers)
            optimizer.load_state_dict(Path.Combine(dir, key + ".optim"));
    }

    private static string? LatestDirectory(string root)
    {
        var latest = Path.Combine(root, LatestFile);
        if (!File.Exists(latest)) return null;
        var pointer = JsonSerializer.Deserialize<LatestPointer>(File.ReadAllText(latest))
            ?? throw new InvalidDataException($"'{latest}' is empty.");
        var dir = Path.Combine(root, pointer.Directory);
        if (!File.Exists(Path.Combine(dir, "state.json")))
            throw new InvalidDataException($"'{latest}' names '{pointer.Directory}', which is incomplete.");
        return dir;
    }

    private sealed record LatestPointer(string Directory);
}
