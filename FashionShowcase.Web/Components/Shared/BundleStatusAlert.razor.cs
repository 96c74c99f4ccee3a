using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Shared;

/// <summary>Says whether a model bundle is loaded, and why not; re-renders when the bundle is switched.</summary>
public partial class BundleStatusAlert
{
    /// <summary>Also show a line when the bundle is ready (default: only problems are shown).</summary>
    [Parameter]
    public bool ShowWhenReady { get; set; }

    protected override void OnInitialized() => Bundle.Changed += OnChanged;

    private void OnChanged() => _ = InvokeAsync(StateHasChanged);

    public void Dispose() => Bundle.Changed -= OnChanged;
}
