using Bunit;
using FashionShowcase.Core.Training;
using FashionShowcase.Web.Components.Pages.Admin;
using FashionShowcase.Web.Services.Training;

namespace FashionShowcase.Tests.Components;

public sealed class TrainingFormTests : MudComponentTest
{
    private readonly List<RunRequest> _submitted = [];

    private IRenderedComponent<TrainingForm> RenderForm() =>
        Context.Render<TrainingForm>(p => p.Add(f => f.OnSubmit, (RunRequest r) => _submitted.Add(r)));

    [Fact]
    public void By_default_it_offers_a_tiny_gan_run_with_the_gan_only_fields()
    {
        var cut = RenderForm();
        Assert.Equal("1", cut.Find("#field-epochs").GetAttribute("value"));
        Assert.NotNull(cut.Find("#field-kernel"));
        Assert.NotNull(cut.Find("#field-lr-d"));
        Assert.Contains("Launch training", cut.Markup);
    }

    [Fact]
    public void Zero_epochs_is_refused_with_a_message_and_nothing_is_submitted()
    {
        var cut = RenderForm();
        cut.Find("#field-epochs").Change("0");
        cut.Find("form").Submit();

        Assert.Contains("Epochs must be between 1 and 1000.", cut.Markup);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void An_odd_kernel_size_is_refused_with_a_message()
    {
        var cut = RenderForm();
        cut.Find("#field-kernel").Change("3");
        cut.Find("form").Submit();

        Assert.Contains("Kernel size must be 2, 4, 6 or 8", cut.Markup);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void A_valid_form_submits_the_entered_values()
    {
        var cut = RenderForm();
        cut.Find("#field-epochs").Change("3");
        cut.Find("#field-seed").Change("77");
        cut.Find("form").Submit();

        var request = Assert.Single(_submitted);
        Assert.Equal(TrainingKind.Gan, request.Kind);
        Assert.Equal(3, request.Epochs);
        Assert.Equal(77, request.Seed);
        Assert.Empty(request.Problems());
    }

    [Fact]
    public void A_classifier_request_hides_the_gan_only_fields()
    {
        var cut = Context.Render<TrainingForm>(p => p.Add(f => f.Initial, RunRequest.Defaults(TrainingKind.Classifier, "tiny")));
        Assert.Empty(cut.FindAll("#field-kernel"));
        Assert.Empty(cut.FindAll("#field-lr-d"));
        Assert.Empty(cut.FindAll("#field-latent"));
    }
}
