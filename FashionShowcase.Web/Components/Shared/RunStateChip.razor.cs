using FashionShowcase.Core.Storage;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FashionShowcase.Web.Components.Shared;

/// <summary>A run's state as a small coloured chip.</summary>
public partial class RunStateChip
{
    /// <summary>The state to show.</summary>
    [Parameter]
    public RunState State { get; set; }

    private static Color ColorOf(RunState state) => state switch
    {
        RunState.Queued => Color.Default,
        RunState.Running => Color.Info,
        RunState.Finished => Color.Success,
        RunState.Failed => Color.Error,
        _ => Color.Warning,
    };
}
