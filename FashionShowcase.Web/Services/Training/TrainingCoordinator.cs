using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;
using FashionShowcase.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Web.Services.Training;

/// <summary>
/// Runs training one at a time, in the background, independent of any browser: a queue of run ids,
/// a loop that takes the next, calls the launcher, stores every progress event (SQLite) and the
/// latest sample grid (run directory), and publishes state and progress through the notifier.
/// Runs left queued by a previous process are queued again at start.
/// </summary>
public sealed class TrainingCoordinator(
    RunStore store,
    ITrainingLauncher launcher,
    TrainingNotifier notifier,
    IOptions<PathsOptions> paths,
    ILogger<TrainingCoordinator> logger) : BackgroundService
{
    /// <summary>How many recent events a snapshot carries.</summary>
    public const int HistoryLength = 200;

    public const string LatestSampleFile = "latest-sample.png";

    private static readonly JsonSerializerOptions RequestJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    private readonly Channel<long> _queue = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, CancellationTokenSource> _cancellations = new();
    // Queued→running and queued→cancelled must not both happen to one run.
    private readonly object _transition = new();
    private volatile LiveRun? _live;

    /// <summary>Validates, stores and queues a run; it starts when the runs before it are over.</summary>
    public async Task<RunSummary> EnqueueAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        request.Validate();
        var record = store.Create(request.Kind, JsonSerializer.Serialize(request, RequestJson));
        _cancellations[record.Id] = new CancellationTokenSource();
        await _queue.Writer.WriteAsync(record.Id, cancellationToken);
        logger.LogInformation("Queued training run {RunId} ({Kind}, preset {Preset}, {Epochs} epochs, seed {Seed})",
            record.Id, request.Kind, request.Preset, request.Epochs, request.Seed);
        var summary = Summarize(record);
        await notifier.PublishStateAsync(summary);
        return summary;
    }

    /// <summary>Cancels a queued or running run. False when the run is unknown or already over.</summary>
    public async Task<bool> CancelAsync(long runId)
    {
        if (!_cancellations.TryGetValue(runId, out var cancellation)) return false;
        bool wasQueued;
        lock (_transition)
        {
            cancellation.Cancel();
            wasQueued = store.Get(runId)?.State == RunState.Queued;
            if (wasQueued)
            {
                store.MarkOver(runId, RunState.Cancelled, null, null);
                _cancellations.TryRemove(runId, out _);
            }
        }
        logger.LogInformation("Cancel requested for training run {RunId} ({When})", runId, wasQueued ? "queued" : "running");
        // A running run is marked cancelled by the loop once the launcher has stopped.
        if (wasQueued && store.Get(runId) is { } record) await notifier.PublishStateAsync(Summarize(record));
        return true;
    }

    public IReadOnlyList<RunSummary> List(int limit = 100) => store.List(limit).Select(Summarize).ToList();

    /// <summary>The directory holding a finished run's bundle (null when it has none).</summary>
    public string? BundleDirectoryOf(long runId) =>
        store.Get(runId) is { } record && Summarize(record).HasBundle ? record.OutputDirectory : null;

    public RunSummary? Find(long runId) => store.Get(runId) is { } record ? Summarize(record) : null;

    /// <summary>State, recent history and latest sample grid; null for an unknown run.</summary>
    public RunSnapshot? Snapshot(long runId)
    {
        if (_live is { } live && live.Id == runId)
        {
            lock (live)
                return new RunSnapshot(Summarize(store.Get(runId)!), live.History.ToList(), live.LatestGrid);
        }
        if (store.Get(runId) is not { } record) return null;
        var history = store.RecentEvents(runId, HistoryLength).Select(e => new RunProgress(
            e.RunId, e.Sequence, e.Step, e.TotalSteps, e.Epoch, e.TotalEpochs, e.Metrics, e.ItemsPerSecond, e.Elapsed, e.Eta, e.Message, null)).ToList();
        var gridPath = record.OutputDirectory is { } dir ? Path.Combine(dir, LatestSampleFile) : null;
        var grid = gridPath is not null && File.Exists(gridPath) ? File.ReadAllBytes(gridPath) : null;
        return new RunSnapshot(Summarize(record), history, grid);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var left in store.List(int.MaxValue).Where(r => r.State == RunState.Queued).OrderBy(r => r.Id))
        {
            _cancellations[left.Id] = new CancellationTokenSource();
            await _queue.Writer.WriteAsync(left.Id, stoppingToken);
        }
        if (store.InterruptedAtOpen > 0)
            logger.LogWarning("{Count} training run(s) were running when the server last stopped; marked interrupted", store.InterruptedAtOpen);

        await foreach (var runId in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunOneAsync(runId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The loop must survive anything one run does (a broken store write, a full disk…).
                logger.LogError(e, "Training run {RunId} could not be run", runId);
            }
        }
    }

    private async Task RunOneAsync(long runId, CancellationToken stoppingToken)
    {
        if (!_cancellations.TryGetValue(runId, out var cancellation)) return; // cancelled while queued
        RunRecord record;
        string outputDirectory;
        lock (_transition)
        {
            record = store.Get(runId)!;
            if (record.State != RunState.Queued || cancellation.IsCancellationRequested) return;
            outputDirectory = Path.Combine(paths.Value.RunsDirectory, $"run-{runId:D5}");
            Directory.CreateDirectory(outputDirectory);
            store.MarkRunning(runId, outputDirectory);
        }
        var request = JsonSerializer.Deserialize<RunRequest>(record.RequestJson, RequestJson)!;
        var live = new LiveRun(runId, outputDirectory);
        _live = live;
        await notifier.PublishStateAsync(Summarize(store.Get(runId)!));
        logger.LogInformation("Training run {RunId} started, writing to {OutputDirectory}", runId, outputDirectory);

        var events = Channel.CreateUnbounded<TrainingProgress>(new UnboundedChannelOptions { SingleReader = true });
        // Trainers call the listener on the torch worker: it only hands the event over, never blocks.
        var listener = new DelegateTrainingListener(p => events.Writer.TryWrite(p));
        var pump = PumpAsync(live, events.Reader);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation.Token, stoppingToken);
        RunState end;
        string? error = null;
        try
        {
            await Task.Run(() => launcher.RunAsync(request, listener, outputDirectory, linked.Token), CancellationToken.None);
            end = RunState.Finished;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            (end, error) = (RunState.Interrupted, "The server stopped while this run was running.");
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            end = RunState.Cancelled;
        }
        catch (Exception e)
        {
            (end, error) = (RunState.Failed, e.Message);
            logger.LogError(e, "Training run {RunId} failed", runId);
        }
        finally
        {
            events.Writer.Complete();
            await pump;
        }

        store.MarkOver(runId, end, error, live.LastMetrics);
        _cancellations.TryRemove(runId, out _);
        _live = null;
        logger.LogInformation("Training run {RunId} ended: {State}", runId, end);
        await notifier.PublishStateAsync(Summarize(store.Get(runId)!));
    }

    /// <summary>Stores and publishes events in order, off the torch worker.</summary>
    private async Task PumpAsync(LiveRun live, ChannelReader<TrainingProgress> events)
    {
        await foreach (var p in events.ReadAllAsync())
        {
            RunProgress progress;
            lock (live)
            {
                progress = new RunProgress(live.Id, ++live.Sequence, p.Step, p.TotalSteps, p.Epoch, p.TotalEpochs,
                    p.Metrics.ToDictionary(), p.ItemsPerSecond, p.Elapsed, p.Eta, p.Message, p.SampleGridPng);
                live.History.Enqueue(progress with { SampleGridPng = null });
                while (live.History.Count > HistoryLength) live.History.Dequeue();
                if (p.SampleGridPng is not null) live.LatestGrid = p.SampleGridPng;
                if (p.Metrics.Count > 0) live.LastMetrics = progress.Metrics;
            }
            try
            {
                store.AppendEvent(live.Id, progress.Sequence, p);
                if (p.SampleGridPng is not null)
                    AtomicFile.WriteAllBytes(Path.Combine(live.OutputDirectory, LatestSampleFile), p.SampleGridPng);
            }
            catch (Exception e) when (e is IOException or Microsoft.Data.Sqlite.SqliteException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Progress of training run {RunId} could not be stored", live.Id);
            }
            await notifier.PublishProgressAsync(progress);
        }
    }

    private static RunSummary Summarize(RunRecord r)
    {
        RunRequest? request = null;
        try
        {
            request = JsonSerializer.Deserialize<RunRequest>(r.RequestJson, RequestJson);
        }
        catch (JsonException)
        {
            // An old or hand-edited row: the run is still listed, without its settings.
        }
        var hasBundle = r.State == RunState.Finished && r.OutputDirectory is { } dir && File.Exists(Path.Combine(dir, ModelStore.ManifestFile));
        return new RunSummary(r.Id, r.Kind, r.State, r.CreatedAt, r.StartedAt, r.FinishedAt, r.Error, r.FinalMetrics, hasBundle, request);
    }

    public override void Dispose()
    {
        foreach (var cancellation in _cancellations.Values) cancellation.Dispose();
        base.Dispose();
    }

    private sealed class LiveRun(long id, string outputDirectory)
    {
        public long Id { get; } = id;
        public string OutputDirectory { get; } = outputDirectory;
        public long Sequence { get; set; }
        public Queue<RunProgress> History { get; } = new();
        public byte[]? LatestGrid { get; set; }
        public IReadOnlyDictionary<string, double>? LastMetrics { get; set; }
    }
}
