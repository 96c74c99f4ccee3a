using FashionShowcase.Web.Services;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FashionShowcase.Web.Health;

/// <summary>Ready when a model bundle is loaded.</summary>
public sealed class BundleHealthCheck(ActiveBundle bundle) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bundle.State == BundleState.Ready
            ? HealthCheckResult.Healthy($"Model bundle {bundle.Manifest?.Name} from {bundle.Directory}")
            : HealthCheckResult.Unhealthy($"No model bundle loaded ({bundle.State}): {bundle.Problem}"));
}
