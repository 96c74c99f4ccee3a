using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Shoppers;
using Microsoft.AspNetCore.Components;

namespace FashionShowcase.Web.Components.Pages.Home;

/// <summary>The shopper personas of the active bundle, one card each; reloads when the bundle is switched.</summary>
public partial class HomePage : IDisposable
{
    private IReadOnlyList<PersonaProfile>? _profiles;
    private string? _problem;

    [Inject]
    private ActiveBundle Bundle { get; set; } = default!;

    protected override void OnInitialized()
    {
        Bundle.Changed += OnBundleChanged;
        Load();
    }

    private void Load()
    {
        using var lease = Bundle.Acquire();
        _profiles = lease?.Bundle.Recommender is { } recommender ? ShopperProfiles.All(recommender) : null;
        _problem = lease is not null && _profiles is null
            ? "The active model bundle has no recommender, so there are no shoppers to show. Train one (fashion train recommender) or activate a bundle that has one."
            : null;
    }

    private void OnBundleChanged() => _ = InvokeAsync(() =>
    {
        Load();
        StateHasChanged();
    });

    public void Dispose() => Bundle.Changed -= OnBundleChanged;
}
