namespace FashionShowcase.Web.Services.Shoppers;

/// <summary>How much one persona's representative shopper likes an item, by the learned score.</summary>
public sealed record ItemFan(string PersonaId, string Name, int Shopper, double Score);
