using FashionShowcase.Web.Services;
using Microsoft.Net.Http.Headers;

namespace FashionShowcase.Web.Endpoints;

/// <summary>GET /img/catalog/{id}.png: a catalog item's image. Catalog images never change, so browsers may cache them for a day.</summary>
public static class CatalogImageEndpoints
{
    public static IEndpointRouteBuilder MapCatalogImages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/img/catalog/{id:int}.png", (int id, ShopCatalog catalog, HttpContext http) =>
        {
            if (catalog.Png(id) is not { } png) return Results.NotFound();
            http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=86400, immutable";
            return Results.File(png, "image/png", entityTag: new EntityTagHeaderValue($"\"catalog-{id}\""));
        }).WithName("CatalogImage");
        return endpoints;
    }
}
