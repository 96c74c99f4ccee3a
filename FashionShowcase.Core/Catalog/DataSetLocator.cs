namespace FashionShowcase.Core.Catalog;

/// <summary>Where to look for the Fashion-MNIST files.</summary>
public sealed record DataSetOptions
{
    /// <summary>Environment variable that names a directory holding the official gz IDX files.</summary>
    public const string DirectoryVariable = "FASHION_DATA_DIR";

    /// <summary>A configured directory (option or <see cref="DirectoryVariable"/>); tried first.</summary>
    public string? Directory { get; init; }

    /// <summary>The repository's data/ directory (the shipped catalog = test split).</summary>
    public string? ShippedDirectory { get; init; }

    /// <summary>Per-user cache; downloads land here.</summary>
    public string CacheDirectory { get; init; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify) is { Length: > 0 } d
            ? d : Path.Combine(Path.GetTempPath(), "fashion-showcase"),
        "fashion-showcase", "fashion-mnist");

    /// <summary>Debian's package dataset-fashion-mnist installs the files here.</summary>
    public string SystemDirectory { get; init; } = "/usr/share/datasets/fashion-mnist";

    /// <summary>Official source; not reachable from every machine, so it is the last resort.</summary>
    public string? DownloadBaseUrl { get; init; } = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";

    public TimeSpan DownloadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Uses <see cref="DirectoryVariable"/> when no directory is configured.</summary>
    public DataSetOptions WithEnvironment() =>
        Directory is null && Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } env
            ? this with { Directory = env }
            : this;
}

/// <summary>One place tried for a split, and what happened there.</summary>
public sealed record DataSetAttempt(string Place, string Outcome);

/// <summary>
/// Finds a split: configured directory → shipped data/ (test split only) → user cache → Debian's
/// package directory → download into the cache. Every candidate is verified by SHA-256 of the
/// decompressed IDX bytes; a failure names every way to provide the data.
/// </summary>
public sealed class DataSetLocator(DataSetOptions options)
{
    private static readonly HttpClient Http = new();

    public DataSetOptions Options { get; } = options;

    public DataSplit Load(SplitKind kind, List<DataSetAttempt>? attempts = null)
    {
        attempts ??= [];
        var files = SplitFiles.For(kind);
        foreach (var (place, dir) in Candidates(kind))
        {
            if (dir is null) continue;
            if (!File.Exists(Path.Combine(dir, files.ImagesFile)) || !File.Exists(Path.Combine(dir, files.LabelsFile)))
            {
                attempts.Add(new(place, $"{dir}: files not present"));
                continue;
            }
            try
            {
                var split = LoadVerified(dir, files);
                attempts.Add(new(place, $"{dir}: OK, {split.Count} items, checksums verified"));
                return split;
            }
            catch (InvalidDataException e)
            {
                attempts.Add(new(place, $"{dir}: rejected — {e.Message}"));
                // A directory the user named explicitly is not silently replaced by another copy.
                if (dir == Options.WithEnvironment().Directory)
                    throw new InvalidDataException(
                        $"The configured data directory '{dir}' holds a damaged Fashion-MNIST {kind.ToString().ToLowerInvariant()} split: {e.Message} " +
                        $"Replace the files, or unset {DataSetOptions.DirectoryVariable} / the data directory option to use another copy.", e);
            }
        }

        if (Options.DownloadBaseUrl is { Length: > 0 } url)
        {
            try
            {
                Download(url, files);
                var split = LoadVerified(Options.CacheDirectory, files);
                attempts.Add(new("download", $"{url}: OK, saved to {Options.CacheDirectory}"));
                return split;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidDataException or IOException)
            {
                attempts.Add(new("download", $"{url}: failed — {e.Message}"));
            }
        }

        throw new DataSetNotFoundException(kind, files, attempts, Options);
    }

    /// <summary>Reads and verifies a split from one directory (no fallbacks).</summary>
    public static DataSplit LoadVerified(string dir, SplitFiles files)
    {
        var imagesPath = Path.Combine(dir, files.ImagesFile);
        var labelsPath = Path.Combine(dir, files.LabelsFile);
        var imageBytes = IdxFile.ReadAllBytes(imagesPath);
        var labelBytes = IdxFile.ReadAllBytes(labelsPath);
        var imagesSha = IdxFile.Sha256Hex(imageBytes);
        var labelsSha = IdxFile.Sha256Hex(labelBytes);
        if (imagesSha != files.ImagesSha256)
            throw new InvalidDataException($"{files.ImagesFile}: SHA-256 {imagesSha} does not match the official {files.ImagesSha256}.");
        if (labelsSha != files.LabelsSha256)
            throw new InvalidDataException($"{files.LabelsFile}: SHA-256 {labelsSha} does not match the official {files.LabelsSha256}.");
        var (count, rows, cols, pixels) = IdxFile.ParseImages(imageBytes, files.ImagesFile);
        var labels = IdxFile.ParseLabels(labelBytes, files.LabelsFile, Categories.Count);
        if (rows != DataSplit.Side || cols != DataSplit.Side || count != labels.Length || count != files.Count)
            throw new InvalidDataException($"{files.ImagesFile}: {count} × {rows} × {cols} images with {labels.Length} labels; expected {files.Count} × 28 × 28.");
        return new DataSplit(files.Kind, pixels, labels, dir, imagesSha, labelsSha);
    }

    private IEnumerable<(string Place, string? Dir)> Candidates(SplitKind kind)
    {
        var withEnv = Options.WithEnvironment();
        yield return ($"configured directory (option or {DataSetOptions.DirectoryVariable})", withEnv.Directory);
        if (kind == SplitKind.Test)
            yield return ("shipped catalog (data/)", Options.ShippedDirectory);
        yield return ("user cache", Options.CacheDirectory);
        yield return ("Debian package dataset-fashion-mnist", Options.SystemDirectory);
    }

    private void Download(string baseUrl, SplitFiles files)
    {
        Directory.CreateDirectory(Options.CacheDirectory);
        foreach (var name in new[] { files.ImagesFile, files.LabelsFile })
        {
            var target = Path.Combine(Options.CacheDirectory, name);
            var temp = target + ".part";
            using (var cts = new CancellationTokenSource(Options.DownloadTimeout))
            using (var response = Http.GetAsync(new Uri(new Uri(baseUrl), name), cts.Token).GetAwaiter().GetResult())
            {
                response.EnsureSuccessStatusCode();
                using var output = File.Create(temp);
                response.Content.CopyToAsync(output, cts.Token).GetAwaiter().GetResult();
            }
            File.Move(temp, target, overwrite: true);
        }
    }
}

/// <summary>No way to find a split worked; the message names each way to provide it.</summary>
public sealed class DataSetNotFoundException(SplitKind kind, SplitFiles files, IReadOnlyList<DataSetAttempt> attempts, DataSetOptions options)
    : Exception(BuildMessage(kind, files, attempts, options))
{
    public IReadOnlyList<DataSetAttempt> Attempts { get; } = attempts;

    private static string BuildMessage(SplitKind kind, SplitFiles files, IReadOnlyList<DataSetAttempt> attempts, DataSetOptions options) =>
        $"""
        Fashion-MNIST {kind.ToString().ToLowerInvariant()} split ({files.ImagesFile}, {files.LabelsFile}) not found. Tried:
        {string.Join(Environment.NewLine, attempts.Select(a => $"  - {a.Place}: {a.Outcome}"))}
        Provide it in any of these ways:
          1. set {DataSetOptions.DirectoryVariable} (or the DataSet:Directory option) to a directory holding the official gz IDX files;
          2. copy the files into {options.CacheDirectory};
          3. on Debian/Ubuntu: sudo apt-get install dataset-fashion-mnist (installs them in {options.SystemDirectory});
          4. allow a download from {options.DownloadBaseUrl ?? "(download disabled)"}.
        """;
}
