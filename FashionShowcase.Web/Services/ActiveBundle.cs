using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Storage;
using FashionShowcase.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Web.Services;

/// <summary>Where the active bundle is in its life.</summary>
public enum BundleState
{
    /// <summary>Nothing loaded yet (start-up or a switch in progress).</summary>
    Loading,

    /// <summary>No bundle directory exists yet (e.g. the shipped bundle is not trained yet).</summary>
    Missing,

    Failed,
    Ready,
}

/// <summary>A bundle directory that can be activated.</summary>
public sealed record BundleChoice(string Name, string Directory, bool IsShipped);

/// <summary>
/// The model bundle visitor pages use. Loaded on the torch worker; switched at run time without a
/// restart. Users take a lease (<see cref="Acquire"/>) for as long as they use the models, across
/// several worker items; a replaced bundle is disposed on the worker once its last lease is
/// returned, so a design running during a switch finishes on the bundle it started with.
/// The choice is remembered in the runs directory so a restart keeps it.
/// The recommender part is loaded only with a <paramref name="catalog"/> (its shoppers are
/// regenerated over the catalog); without one, or when the catalog cannot be loaded, it stays null.
/// </summary>
public sealed class ActiveBundle(TorchWorker worker, IOptions<PathsOptions> paths, ILogger<ActiveBundle> logger, ShopCatalog? catalog = null) : IHostedService, IDisposable
{
    private const string ChoiceFile = "active-bundle.txt";
    private readonly SemaphoreSlim _switching = new(1, 1);
    private readonly object _gate = new();
    private LoadedBundle? _current;

    /// <summary>Raised (on any thread) after the state or the bundle changed.</summary>
    public event Action? Changed;

    public BundleState State { get; private set; } = BundleState.Loading;

    /// <summary>What went wrong, or why there is no bundle, in words for the page.</summary>
    public string? Problem { get; private set; }

    /// <summary>The directory of the loaded bundle (null when none).</summary>
    public string? Directory => _current?.Bundle.Directory;

    /// <summary>The loaded bundle's manifest (null when none).</summary>
    public BundleManifest? Manifest => _current?.Bundle.Manifest;

    public string ShippedDirectory => paths.Value.ShippedBundleDirectory;

    /// <summary>Borrows the current bundle; dispose the lease when done. Null when no bundle is ready.</summary>
    public BundleLease? Acquire()
    {
        lock (_gate)
        {
            if (_current is null) return null;
            _current.Leases++;
            return new BundleLease(_current, Release);
        }
    }

    /// <summary>Bundle directories under the models directory (the shipped one first), plus <paramref name="extra"/> (finished runs).</summary>
    public IReadOnlyList<BundleChoice> Choices(IEnumerable<BundleChoice>? extra = null)
    {
        var models = paths.Value.ModelsDirectory;
        var found = System.IO.Directory.Exists(models)
            ? System.IO.Directory.GetDirectories(models)
                .Where(d => File.Exists(Path.Combine(d, ModelStore.ManifestFile)))
                .Select(d => new BundleChoice(Path.GetFileName(d), d, Same(d, ShippedDirectory)))
            : [];
        return found.Concat(extra ?? []).OrderByDescending(c => c.IsShipped).ThenBy(c => c.Name).ToList();
    }

    /// <summary>Loads the bundle in <paramref name="directory"/> and makes it active; the old one is disposed when no longer used.</summary>
    public async Task ActivateAsync(string directory, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(directory);
        await _switching.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(Path.Combine(full, ModelStore.ManifestFile)))
                throw new DirectoryNotFoundException($"No model bundle at '{full}' ({ModelStore.ManifestFile} missing).");
            var split = CatalogSplit();
            var bundle = await worker.RunAsync(() => ModelBundle.Load(full, worker.Device, split), WorkPriority.Interactive, cancellationToken);
            Replace(new LoadedBundle(bundle), BundleState.Ready, null);
            AtomicFile.WriteAllText(Path.Combine(paths.Value.RunsDirectory, ChoiceFile), full);
            logger.LogInformation("Active model bundle is now {BundleDirectory} ({BundleName})", full, bundle.Manifest.Name);
        }
        finally
        {
            _switching.Release();
        }
    }

    /// <summary>At start: the remembered choice if it still loads, else the shipped bundle; a missing bundle is a state, not a crash.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var remembered = Path.Combine(paths.Value.RunsDirectory, ChoiceFile);
        var candidates = new List<string>();
        if (File.Exists(remembered) && File.ReadAllText(remembered).Trim() is { Length: > 0 } chosen) candidates.Add(chosen);
        candidates.Add(ShippedDirectory);
        foreach (var dir in candidates.Distinct())
        {
            if (!File.Exists(Path.Combine(dir, ModelStore.ManifestFile))) continue;
            try
            {
                await ActivateAsync(dir, cancellationToken);
                return;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                logger.LogError(e, "Model bundle {BundleDirectory} could not be loaded", dir);
                Replace(null, BundleState.Failed, $"The model bundle at '{dir}' could not be loaded: {e.Message}");
            }
        }
        if (State != BundleState.Failed)
        {
            logger.LogWarning("No model bundle found at {BundleDirectory}; pages that need models show a 'no model bundle' state", ShippedDirectory);
            Replace(null, BundleState.Missing, $"No model bundle yet: '{ShippedDirectory}' holds no {ModelStore.ManifestFile}. Train one (fashion train …) or activate a finished run in the admin area.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        Replace(null, BundleState.Missing, "The app is stopping.");
        _switching.Dispose();
    }

    private void Replace(LoadedBundle? next, BundleState state, string? problem)
    {
        LoadedBundle? old;
        lock (_gate)
        {
            old = _current;
            _current = next;
            State = state;
            Problem = problem;
            if (old is not null) old.Retired = true;
        }
        if (old is not null) DisposeIfUnused(old);
        Changed?.Invoke();
    }

    private void Release(LoadedBundle loaded)
    {
        lock (_gate) loaded.Leases--;
        DisposeIfUnused(loaded);
    }

    private void DisposeIfUnused(LoadedBundle loaded)
    {
        lock (_gate)
        {
            if (!loaded.Retired || loaded.Leases > 0 || loaded.Disposed) return;
            loaded.Disposed = true;
        }
        try
        {
            // Modules are freed on the thread that owns every tensor.
            _ = worker.RunAsync(loaded.Bundle.Dispose, WorkPriority.Interactive).ContinueWith(
                t => logger.LogWarning(t.Exception, "Disposing model bundle {BundleDirectory} failed", loaded.Bundle.Directory),
                TaskContinuationOptions.OnlyOnFaulted);
        }
        catch (ObjectDisposedException)
        {
            // The worker stopped first (app shutdown): its thread and every tensor are gone with it.
        }
    }

    /// <summary>The catalog for the recommender part, or null (no catalog service, or its data is missing: the GAN still loads).</summary>
    private Core.Catalog.DataSplit? CatalogSplit()
    {
        if (catalog is null) return null;
        try
        {
            return catalog.Split;
        }
        catch (Exception e) when (e is Core.Catalog.DataSetNotFoundException or IOException or InvalidDataException)
        {
            logger.LogWarning(e, "The catalog could not be loaded; the bundle's recommender is left out");
            return null;
        }
    }

    private static bool Same(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd('/'), Path.GetFullPath(b).TrimEnd('/'), StringComparison.Ordinal);

    internal sealed class LoadedBundle(ModelBundle bundle)
    {
        public ModelBundle Bundle { get; } = bundle;
        public int Leases { get; set; }
        public bool Retired { get; set; }
        public bool Disposed { get; set; }
    }
}

/// <summary>A borrowed bundle; the models stay alive until the lease is disposed (use them on the torch worker).</summary>
public sealed class BundleLease : IDisposable
{
    private readonly ActiveBundle.LoadedBundle _loaded;
    private Action<ActiveBundle.LoadedBundle>? _release;

    internal BundleLease(ActiveBundle.LoadedBundle loaded, Action<ActiveBundle.LoadedBundle> release)
    {
        _loaded = loaded;
        _release = release;
    }

    public ModelBundle Bundle => _loaded.Bundle;

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke(_loaded);
}
