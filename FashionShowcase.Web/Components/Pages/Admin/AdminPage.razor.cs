using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Admin;

/// <summary>The admin home: active bundle switch, launch form, run list (live).</summary>
public partial class AdminPage
{
    private IReadOnlyList<RunSummary>? _runs;
    private IReadOnlyList<BundleChoice> _choices = [];
    private string? _selectedBundle;
    private string? _launchError;
    private string? _bundleError;
    private bool _activating;
    private IDisposable? _subscription;
    private RenderThrottle? _throttle;

    [Inject]
    private TrainingCoordinator Coordinator { get; set; } = default!;

    [Inject]
    private TrainingNotifier Notifier { get; set; } = default!;

    [Inject]
    private ActiveBundle Bundle { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override void OnInitialized()
    {
        _throttle = new RenderThrottle(() => InvokeAsync(() => { Reload(); StateHasChanged(); }), TimeSpan.FromMilliseconds(500));
        _subscription = Notifier.Subscribe(_ => { _throttle.Request(); return Task.CompletedTask; }, null);
        Reload();
        _selectedBundle = Bundle.Directory ?? _choices.FirstOrDefault()?.Directory;
    }

    private void Reload()
    {
        _runs = Coordinator.List();
        _choices = Bundle.Choices(_runs.Where(r => r.HasBundle)
            .Select(r => new BundleChoice($"run #{r.Id} ({r.Kind})", Coordinator.BundleDirectoryOf(r.Id)!, false)));
    }

    private async Task LaunchAsync(RunRequest request)
    {
        _launchError = null;
        try
        {
            var run = await Coordinator.EnqueueAsync(request);
            Navigation.NavigateTo($"/admin/runs/{run.Id}");
        }
        catch (ArgumentException e)
        {
            _launchError = e.Message;
        }
    }

    private async Task ActivateAsync()
    {
        if (_selectedBundle is null) return;
        _activating = true;
        _bundleError = null;
        try
        {
            await Bundle.ActivateAsync(_selectedBundle);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            _bundleError = e.Message;
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
