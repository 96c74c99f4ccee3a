using FashionShowcase.Web.Services;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FashionShowcase.Web.Health;

/// <summary>Ready when the catalog is loaded (loading it on first call).</summary>
public sealed class CatalogHealthCheck(ShopCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(HealthCheckResult.Healthy($"{catalog.Count} catalog items from {catalog.Split.Source}"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The catalog could not be loaded: " + e.Message));
        }
    }
}
