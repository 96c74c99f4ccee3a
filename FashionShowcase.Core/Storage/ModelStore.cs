using System.Text.Json;

namespace FashionShowcase.Core.Storage;

/// <summary>
/// Reads and writes bundle directories: manifest.json plus one weight file per model. Every file is
/// written atomically and the manifest last, so a bundle on disk is always complete and readable.
/// </summary>
public static class ModelStore
{
    public const string ManifestFile = "manifest.json";
    public const string GeneratorFile = "generator.bin";
    public const string DiscriminatorFile = "discriminator.bin";
    public const string ClassifierFile = "classifier.bin";
    public const string RecommenderFile = "recommender.bin";

    public static BundleManifest ReadManifest(string bundleDir)
    {
        var path = Path.Combine(bundleDir, ManifestFile);
        if (!File.Exists(path))
            throw new FileNotFoundException($"No model bundle at '{bundleDir}' ({ManifestFile} missing).", path);
        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BundleManifest>(File.ReadAllText(path), BundleManifest.Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"'{path}' is not a valid bundle manifest: {e.Message}", e);
        }
        if (manifest is null)
            throw new InvalidDataException($"'{path}' is empty.");
        if (manifest.FormatVersion != BundleManifest.CurrentFormatVersion)
            throw new InvalidDataException($"'{path}' has format version {manifest.FormatVersion}; this build reads {BundleManifest.CurrentFormatVersion}.");
        return manifest;
    }

    /// <summary>Reads the manifest if the bundle exists, else an empty one (for building a bundle part by part).</summary>
    public static BundleManifest ReadManifestOrEmpty(string bundleDir) =>
        File.Exists(Path.Combine(bundleDir, ManifestFile)) ? ReadManifest(bundleDir) : new BundleManifest { Name = Path.GetFileName(Path.GetFullPath(bundleDir)) };

    public static void WriteManifest(string bundleDir, BundleManifest manifest) =>
        AtomicFile.WriteAllText(Path.Combine(bundleDir, ManifestFile), JsonSerializer.Serialize(manifest, BundleManifest.Json));

    /// <summary>Saves a module's weights atomically (worker thread).</summary>
    public static void SaveWeights(TorchSharp.torch.nn.Module module, string path) =>
        AtomicFile.Write(path, temp => module.save(temp));

    /// <summary>Loads weights into a module of the right shape, with a clear error for a missing or mismatched file.</summary>
    public static void LoadWeights(TorchSharp.torch.nn.Module module, string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Weight file '{path}' is missing.", path);
        try
        {
            module.load(path);
        }
        catch (Exception e) when (e is not FileNotFoundException)
        {
            throw new InvalidDataException($"Weight file '{path}' does not fit the model ({e.Message}).", e);
        }
    }
}
