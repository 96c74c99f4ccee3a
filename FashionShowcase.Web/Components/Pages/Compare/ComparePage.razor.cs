using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Design;
using FashionShowcase.Web.Services.Shoppers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace FashionShowcase.Web.Components.Pages.Compare;

/// <summary>
/// Alters a catalog item or an upload for a shopper and shows before and after. The address
/// carries the item and the shopper (<c>/compare?item=42&amp;shopper=night-owl</c>); an address with
/// both starts the alteration on opening. Leaving the page cancels it.
/// </summary>
public partial class ComparePage
{
    private IReadOnlyList<PersonaProfile>? _profiles;
    private string? _problem;
    private string? _inputProblem;
    private string? _personaId;
    private int? _itemInput;
    private string _uploadClass = "";
    private string? _uploadMessage;
    private bool _uploadFailed;
    private LiveAlterationSession? _session;
    private RenderThrottle? _throttle;
    private (int Shopper, int Item)? _started;

    [Inject] private ActiveBundle Bundle { get; set; } = default!;
    [Inject] private TorchWorker Worker { get; set; } = default!;
    [Inject] private ShopCatalog Catalog { get; set; } = default!;
    [Inject] private UploadedItemReader Uploads { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The catalog item to alter (its id).</summary>
    [SupplyParameterFromQuery(Name = "item")]
    public string? ItemText { get; set; }

    // Parsed here rather than bound as a number, so a mistyped address gets a message instead of an error page.
    private int? Item => int.TryParse(ItemText, out var id) ? id : null;

    /// <summary>A persona id (its representative shopper) or a shopper number.</summary>
    [SupplyParameterFromQuery(Name = "shopper")]
    public string? Shopper { get; set; }

    private PersonaProfile? Profile => _profiles?.FirstOrDefault(p => p.PersonaId == _personaId);

    protected override void OnInitialized()
    {
        _throttle = new RenderThrottle(() => InvokeAsync(StateHasChanged), TimeSpan.FromMilliseconds(100));
        _session = new LiveAlterationSession(Worker, Bundle);
        _session.Changed += _throttle.Request;
        using var lease = Bundle.Acquire();
        if (lease?.Bundle.Recommender is { } recommender) _profiles = ShopperProfiles.All(recommender);
        else _problem = lease is null
            ? Bundle.State == BundleState.Loading ? "The model bundle is still loading; reload the page in a moment." : "No model bundle is loaded, so nothing can be altered yet."
            : "The active model bundle has no recommender, so there are no shoppers to alter for.";
    }

    protected override void OnParametersSet()
    {
        if (_profiles is null) return;
        _personaId = Shopper is not null && _profiles.FirstOrDefault(p => string.Equals(p.PersonaId, Shopper, StringComparison.OrdinalIgnoreCase)) is { } chosen
            ? chosen.PersonaId
            : _personaId ?? _profiles[0].PersonaId;
        _itemInput = Item ?? _itemInput;
        if (ItemText is not null && Item is null) _inputProblem = $"'{ItemText}' is not a catalog item id; ids are whole numbers from 0 to {Catalog.Count - 1}.";
        if (RendererInfo.IsInteractive) StartFromAddress();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive && _profiles is not null) StartFromAddress();
    }

    private void StartFromAddress()
    {
        if (Item is not { } id || Profile is not { } profile || _started == (profile.Shopper, id)) return;
        if (Catalog.Find(id) is not { } item)
        {
            _inputProblem = $"There is no catalog item {id}; items are numbered 0 to {Catalog.Count - 1}.";
            return;
        }
        _inputProblem = null;
        _started = (profile.Shopper, id);
        var subject = new AlterationSubject($"{item.ClassName} #{id}", id, Catalog.Split.Image(id).ToArray(), Catalog.Png(id)!, item.Class);
        _ = _session!.StartAsync(profile.Shopper, subject);
    }

    private void OnShopperChanged(string personaId)
    {
        _personaId = personaId;
        if (_session?.Subject is { CatalogId: null } upload && Profile is { } profile)
            _ = _session.StartAsync(profile.Shopper, upload);
        else if (_itemInput is { } id)
            Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["item"] = id, ["shopper"] = personaId }), replace: true);
    }

    private void AlterCatalogItem()
    {
        if (_itemInput is not { } id)
        {
            _inputProblem = "Type a catalog item id first.";
            return;
        }
        _started = null;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["item"] = id, ["shopper"] = _personaId }), replace: true);
        if (Item == id) StartFromAddress();
    }

    private async Task OnUpload(InputFileChangeEventArgs e)
    {
        _uploadFailed = true;
        var file = e.File;
        if (file.Size > Uploads.MaxBytes)
        {
            _uploadMessage = $"“{file.Name}” is {file.Size / 1024.0 / 1024.0:0.0} MB; the limit is {Uploads.MaxBytes / 1024 / 1024} MB. Try a smaller photo.";
            return;
        }
        _uploadMessage = $"Reading “{file.Name}”…";
        try
        {
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(Uploads.MaxBytes)) await stream.CopyToAsync(buffer);
            FashionClass? chosen = Enum.TryParse<FashionClass>(_uploadClass, out var c) ? c : null;
            var upload = await Uploads.ReadAsync(buffer.ToArray(), file.Name, chosen);
            _uploadFailed = false;
            _uploadMessage = upload.Prediction is { } p
                ? $"The classifier thinks it is a {Categories.DisplayName(p.Class).ToLowerInvariant()} ({p.Confidence:P0} sure). Pick the category yourself if that is wrong."
                : $"Altering your {Categories.DisplayName(upload.Subject.Class).ToLowerInvariant()}.";
            if (Profile is { } profile)
            {
                _started = null;
                _ = _session!.StartAsync(profile.Shopper, upload.Subject);
            }
        }
        catch (InvalidUploadException problem)
        {
            _uploadMessage = problem.Message;
        }
        catch (InvalidOperationException problem)
        {
            _uploadMessage = problem.Message;
        }
        catch (IOException)
        {
            _uploadMessage = $"“{file.Name}” could not be read completely (is it larger than {Uploads.MaxBytes / 1024 / 1024} MB?). Try again or pick another file.";
        }
    }

    public void Dispose()
    {
        _throttle?.Dispose();
        _session?.Dispose();
    }
}
