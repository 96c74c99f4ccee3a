using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Web.Services.Design;

/// <summary>What a visitor asked to design: for which shopper, in which group, from which seed (all in the page address).</summary>
public sealed record DesignRequest(int Shopper, CategoryGroup Group, long Seed);
