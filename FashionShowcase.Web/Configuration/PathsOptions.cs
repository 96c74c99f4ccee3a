namespace FashionShowcase.Web.Configuration;

/// <summary>
/// Where the app finds its data and keeps its state. Relative paths are resolved against the
/// repository root (the directory holding FashionShowcase.sln, found by walking up from the content
/// root or the app's base directory), else against the content root; so a fresh clone runs as is.
/// </summary>
public sealed class PathsOptions
{
    public const string Section = "Paths";

    /// <summary>The shipped catalog (Fashion-MNIST test split). Default: the repository's data/.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Model bundles, one directory each. Default: the repository's models/.</summary>
    public string ModelsDirectory { get; set; } = "models";

    /// <summary>The bundle selected at first start, a directory name under <see cref="ModelsDirectory"/>.</summary>
    public string ShippedBundle { get; set; } = "shipped";

    /// <summary>Output of training runs launched from the admin area, one directory per run. Default: runs/.</summary>
    public string RunsDirectory { get; set; } = "runs";

    /// <summary>
    /// The Fashion-MNIST train split for training runs (train-*-ubyte.gz). Null: the data-set
    /// resolution order (FASHION_DATA_DIR, the user cache, /usr/share/datasets/fashion-mnist).
    /// </summary>
    public string? TrainDataDirectory { get; set; }

    /// <summary>The run history database. Default: runs.db inside <see cref="RunsDirectory"/>.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>The shipped bundle's full path.</summary>
    public string ShippedBundleDirectory => Path.Combine(ModelsDirectory, ShippedBundle);

    /// <summary>Makes every path absolute (once, when the options are built).</summary>
    internal void Resolve(string baseDirectory)
    {
        DataDirectory = Path.GetFullPath(DataDirectory, baseDirectory);
        ModelsDirectory = Path.GetFullPath(ModelsDirectory, baseDirectory);
        RunsDirectory = Path.GetFullPath(RunsDirectory, baseDirectory);
        SqlitePath = Path.GetFullPath(SqlitePath ?? Path.Combine(RunsDirectory, "runs.db"), baseDirectory);
        if (TrainDataDirectory is not null) TrainDataDirectory = Path.GetFullPath(TrainDataDirectory, baseDirectory);
    }

    internal IEnumerable<string> Problems()
    {
        if (!Directory.Exists(DataDirectory))
            yield return $"Paths:DataDirectory '{DataDirectory}' does not exist. It must hold the shipped catalog (t10k-*-ubyte.gz); set Paths__DataDirectory or run from a clone of the repository.";
        if (string.IsNullOrWhiteSpace(ShippedBundle) || ShippedBundle.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || ShippedBundle is "." or "..")
            yield return $"Paths:ShippedBundle '{ShippedBundle}' must be a plain directory name under Paths:ModelsDirectory.";
    }
}
