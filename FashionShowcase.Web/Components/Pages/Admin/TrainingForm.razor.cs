using FashionShowcase.Core.Training;
using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Admin;

/// <summary>
/// The launch-training form: kind, preset and hyperparameters, validated by <see cref="RunRequest"/>'s
/// own rules (messages appear beside the fields); <see cref="OnSubmit"/> only receives valid requests.
/// </summary>
public partial class TrainingForm
{
    private RunRequest _model = RunRequest.Defaults(TrainingKind.Gan, "tiny");
    private bool _submitting;

    /// <summary>Initial values (copied); default: a tiny GAN run.</summary>
    [Parameter]
    public RunRequest? Initial { get; set; }

    /// <summary>Receives a copy of the request when the form is valid and submitted.</summary>
    [Parameter]
    public EventCallback<RunRequest> OnSubmit { get; set; }

    protected override void OnInitialized()
    {
        if (Initial is not null) _model = Initial.Copy();
    }

    // Switching kind or preset loads that preset's values; the seed is the admin's choice and stays.
    private void OnKindChanged(TrainingKind kind) => _model = WithSeed(RunRequest.Defaults(kind, _model.Preset), _model.Seed);

    private void OnPresetChanged(string preset) => _model = WithSeed(RunRequest.Defaults(_model.Kind, preset), _model.Seed);

    private static RunRequest WithSeed(RunRequest request, long seed)
    {
        request.Seed = seed;
        return request;
    }

    private async Task SubmitAsync()
    {
        _submitting = true;
        try
        {
            await OnSubmit.InvokeAsync(_model.Copy());
        }
        finally
        {
            _submitting = false;
        }
    }
}
