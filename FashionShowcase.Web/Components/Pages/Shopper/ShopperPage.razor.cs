using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Web.Configuration;
using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Design;
using FashionShowcase.Web.Services.Shoppers;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Web.Components.Pages.Shopper;

/// <summary>
/// A shopper's page: live designs for them in a group, the recommender's picks beside them, and the
/// persona's true taste. The address carries shopper, group and seed; an address with a seed starts
/// the same design again. Leaving the page cancels the design.
/// </summary>
public partial class ShopperPage
{
    private const int RecommendationCount = 6;
    private PersonaProfile? _profile;
    private string? _problem;
    private string? _addressProblem;
    private IReadOnlyList<(CatalogItem Item, double Score)>? _recommended;
    private IReadOnlyList<string> _trueTaste = [];
    private LiveDesignSession? _session;
    private RenderThrottle? _throttle;

    [Inject] private ActiveBundle Bundle { get; set; } = default!;
    [Inject] private TorchWorker Worker { get; set; } = default!;
    [Inject] private ShopCatalog Catalog { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IOptions<DesignStreamOptions> DesignSettings { get; set; } = default!;

    /// <summary>A persona id or name (its representative shopper), or a shopper number.</summary>
    [Parameter]
    public string PersonaId { get; set; } = "";

    /// <summary>The group to design in (Tops, Bottoms, Dresses, Shoes, Bags); default Tops.</summary>
    [SupplyParameterFromQuery(Name = "category")]
    public string? Category { get; set; }

    /// <summary>The design's seed (a whole number); when present, the design starts on opening.</summary>
    [SupplyParameterFromQuery(Name = "seed")]
    public string? SeedText { get; set; }

    // Parsed here rather than bound as a number, so a mistyped address gets a message instead of an error page.
    private long? Seed => long.TryParse(SeedText, out var seed) ? seed : null;

    private CategoryGroup Group { get; set; } = CategoryGroup.Tops;

    private int GroupIndex => Categories.Groups.ToList().IndexOf(Group);

    private double Progress => _session?.Latest is { } f && f.TotalSteps > 0 ? 100.0 * f.Step / f.TotalSteps : 0;

    protected override void OnInitialized()
    {
        _throttle = new RenderThrottle(() => InvokeAsync(StateHasChanged), TimeSpan.FromMilliseconds(100));
        // Same steps and starts as the design hub, so a (shopper, category, seed) gives the same designs on both.
        var settings = DesignSettings.Value;
        _session = new LiveDesignSession(Worker, Bundle, new DesignOptions { Steps = settings.Steps, Starts = settings.Starts });
        _session.Changed += _throttle.Request;
    }

    protected override void OnParametersSet()
    {
        Group = Enum.TryParse<CategoryGroup>(Category, ignoreCase: true, out var g) ? g : CategoryGroup.Tops;
        _addressProblem = SeedText is not null && Seed is null ? $"The seed '{SeedText}' in the address is not a whole number; press “Design for me” for a new one." : null;
        using var lease = Bundle.Acquire();
        if (lease is null)
        {
            _problem = Bundle.State == BundleState.Loading
                ? "The model bundle is still loading; reload the page in a moment."
                : "No model bundle is loaded, so there are no shoppers yet.";
            return;
        }
        if (lease.Bundle.Recommender is not { } recommender)
        {
            _problem = "The active model bundle has no recommender, so there are no shoppers yet.";
            return;
        }
        _profile = ShopperProfiles.Find(recommender, PersonaId, out _problem);
        if (_profile is null) return;
        _trueTaste = ShopperProfiles.TrueTaste(recommender.Shoppers.Population.PersonaOf(_profile.Shopper));
        _recommended = recommender.Recommend(_profile.Shopper, RecommendationCount, within: Categories.ClassesIn(Group))
            .Select(r => (new CatalogItem(r.Item, r.Class), r.Score)).ToArray();

        // Opening an address with a seed (or changing tab after a design) reproduces that design.
        if (RendererInfo.IsInteractive && Seed is { } seed)
        {
            var request = new DesignRequest(_profile.Shopper, Group, seed);
            if (_session!.Request != request) _ = _session.StartAsync(request);
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // A prerendered page skipped the start above: begin once the circuit is up.
        if (firstRender && RendererInfo.IsInteractive && Seed is { } seed && _profile is not null && _session!.Request is null)
            _ = _session.StartAsync(new DesignRequest(_profile.Shopper, Group, seed));
    }

    private Task DesignAsync() => Go(Seed ?? NewSeed(), Group, restart: true);

    private Task AgainAsync() => Go(NewSeed(), Group, restart: true);

    private Task OnGroupClicked(CategoryGroup group) => group == Group ? Task.CompletedTask : Go(Seed, group, restart: false);

    /// <summary>Puts the choice in the address (replacing the entry); the parameters then start the design.</summary>
    private Task Go(long? seed, CategoryGroup group, bool restart)
    {
        var uri = Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["category"] = group.ToString(),
            ["seed"] = seed,
        });
        if (restart && seed == Seed && group == Group && _profile is not null)
        {
            // Same address: start again directly (navigation to the same address changes nothing).
            _ = _session!.StartAsync(new DesignRequest(_profile.Shopper, group, seed!.Value));
            return Task.CompletedTask;
        }
        Navigation.NavigateTo(uri, replace: true);
        return Task.CompletedTask;
    }

    private static long NewSeed() => Random.Shared.NextInt64(1, 1_000_000);

    public void Dispose()
    {
        _throttle?.Dispose();
        _session?.Dispose();
    }
}
