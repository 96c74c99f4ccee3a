using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Admin;

/// <summary>
/// A run, live: loads its snapshot, then follows the coordinator's events in-process (throttled
/// re-renders). The run keeps going when this page closes; opening it again shows it from the store.
/// </summary>
public partial class RunPage
{
    private RunSummary? _run;
    private List<RunProgress> _history = [];
    private byte[]? _grid;
    private bool _notFound;
    private bool _activating;
    private string? _message;
    private IDisposable? _subscription;
    private RenderThrottle? _throttle;

    [Inject]
    private TrainingCoordinator Coordinator { get; set; } = default!;

    [Inject]
    private TrainingNotifier Notifier { get; set; } = default!;

    [Inject]
    private ActiveBundle Bundle { get; set; } = default!;

    /// <summary>The run's id, from the address.</summary>
    [Parameter]
    public long RunId { get; set; }

    protected override void OnInitialized()
    {
        _throttle = new RenderThrottle(() => InvokeAsync(StateHasChanged), TimeSpan.FromMilliseconds(250));
        // Subscribe before reading the snapshot so nothing falls between; duplicates are dropped by sequence.
        _subscription = Notifier.Subscribe(OnStateAsync, OnProgressAsync);
        if (Coordinator.Snapshot(RunId) is not { } snapshot)
        {
            _notFound = true;
            return;
        }
        _run = snapshot.Run;
        _history = [.. snapshot.History];
        _grid = snapshot.LatestSampleGridPng;
    }

    private Task OnStateAsync(RunSummary run)
    {
        if (run.Id != RunId) return Task.CompletedTask;
        _ = InvokeAsync(() => { _run = run; StateHasChanged(); });
        return Task.CompletedTask;
    }

    private Task OnProgressAsync(RunProgress progress)
    {
        if (progress.RunId != RunId) return Task.CompletedTask;
        _ = InvokeAsync(() =>
        {
            if (_history.Count > 0 && progress.Sequence <= _history[^1].Sequence) return;
            _history.Add(progress with { SampleGridPng = null });
            if (_history.Count > TrainingCoordinator.HistoryLength) _history.RemoveAt(0);
            if (progress.SampleGridPng is not null) _grid = progress.SampleGridPng;
            _throttle!.Request();
        });
        return Task.CompletedTask;
    }

    private async Task CancelAsync()
    {
        _message = await Coordinator.CancelAsync(RunId) ? "Cancel requested." : "The run is no longer queued or running.";
    }

    private async Task ActivateAsync()
    {
        if (Coordinator.BundleDirectoryOf(RunId) is not { } dir) return;
        _activating = true;
        try
        {
            await Bundle.ActivateAsync(dir);
            _message = "This run's bundle is now active; visitor pages use it.";
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            _message = "The bundle could not be activated: " + e.Message;
        }
        finally
        {
            _activating = false;
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _throttle?.Dispose();
    }
}
