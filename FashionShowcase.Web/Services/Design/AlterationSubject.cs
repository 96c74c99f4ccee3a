using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Web.Services.Design;

/// <summary>The item to alter: a catalog item or a decoded upload, already in catalog style (28×28 grey, light on black).</summary>
/// <param name="Label">What the page calls it ("Sneaker #42", "your upload").</param>
/// <param name="CatalogId">The catalog id, or null for an upload.</param>
public sealed record AlterationSubject(string Label, int? CatalogId, byte[] Pixels, byte[] Png, FashionClass Class);
