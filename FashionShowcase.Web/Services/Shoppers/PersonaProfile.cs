namespace FashionShowcase.Web.Services.Shoppers;

/// <summary>A persona as the visitor pages show it: who, their taste in a sentence, and what their representative shopper bought.</summary>
/// <param name="PersonaId">Stable key used in addresses ("night-owl").</param>
/// <param name="Shopper">Index of the representative shopper (the one closest to the persona's taste).</param>
/// <param name="History">Catalog ids from that shopper's training history (a few, for a strip).</param>
public sealed record PersonaProfile(string PersonaId, string Name, string Description, int Shopper, IReadOnlyList<int> History)
{
    public string Href => $"/shopper/{PersonaId}";
}
