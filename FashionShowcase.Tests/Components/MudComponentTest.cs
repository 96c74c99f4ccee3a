using Bunit;
using MudBlazor.Services;

namespace FashionShowcase.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services. MudBlazor's services are async-disposable only, so
/// the context is disposed through xUnit's IAsyncLifetime rather than IDisposable.
/// </summary>
public abstract class MudComponentTest : IAsyncLifetime
{
    protected BunitContext Context { get; } = new();

    protected MudComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
    }

    /// <summary>False for components that bring their own provider (the layout).</summary>
    protected virtual bool NeedsPopoverProvider => true;

    public Task InitializeAsync()
    {
        // Selects and menus render into the popover provider; it must exist as in the layout.
        if (NeedsPopoverProvider) Context.Render<MudBlazor.MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Context.DisposeAsync().AsTask();
}
