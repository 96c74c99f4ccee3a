using System.Threading.RateLimiting;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Web.Components;
using FashionShowcase.Web.Configuration;
using FashionShowcase.Web.Endpoints;
using FashionShowcase.Web.Health;
using FashionShowcase.Web.Hubs;
using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Design;
using FashionShowcase.Web.Services.Training;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace FashionShowcase.Web.Extensions;

/// <summary>Registers and maps the web side: Blazor + MudBlazor, admin auth, training coordinator, hub, health checks.</summary>
public static class ShowcaseWebExtensions
{
    public static IServiceCollection AddShowcaseWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Pages.
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();

        // Visitor pages: uploads to alter (designs and alterations are per page, see Services/Design).
        services.AddSingleton<UploadedItemReader>();

        // Admin: one password, a cookie with the admin role.
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>>(new OptionsValidation<AdminOptions>(o => o.Problems()));
        services.AddSingleton<AdminGate>();
        services.AddHostedService(sp => sp.GetRequiredService<AdminGate>());
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "fashion-admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = AdminAccountEndpoints.LoginPage;
            o.AccessDeniedPath = AdminAccountEndpoints.LoginPage;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorization();
        // Password guessing: a fixed window of login posts per client address.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AdminAccountEndpoints.LoginRateLimit, http =>
            {
                var admin = http.RequestServices.GetRequiredService<IOptions<AdminOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = admin.LoginAttempts, Window = admin.LoginWindow, QueueLimit = 0 });
            });
        });
        services.AddCascadingAuthenticationState();

        // Training: one run at a time in the background; events fan out to pages and the hub.
        services.AddSingleton<TrainingNotifier>();
        // The train split for runs: configured directory, else the usual resolution order; never downloaded by the web app.
        services.AddSingleton(sp =>
        {
            var paths = sp.GetRequiredService<IOptions<PathsOptions>>().Value;
            return new DataSetOptions { Directory = paths.TrainDataDirectory, ShippedDirectory = paths.DataDirectory, DownloadBaseUrl = null }.WithEnvironment();
        });
        services.AddSingleton<ITrainingLauncher, BundleTrainingLauncher>();
        services.AddSingleton<TrainingCoordinator>();
        services.AddHostedService(sp => sp.GetRequiredService<TrainingCoordinator>());
        services.AddSignalR(o => o.MaximumReceiveMessageSize = TrainingHub.MaximumReceiveMessageSize);
        services.AddHostedService<TrainingHubBroadcaster>();

        // Design streaming for non-Blazor clients, admitted per connection.
        services.AddOptions<DesignStreamOptions>().Bind(configuration.GetSection(DesignStreamOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DesignStreamOptions>>(new OptionsValidation<DesignStreamOptions>(o => o.Problems()));
        services.AddSingleton<DesignStreamLimiter>();
        services.AddSignalR().AddHubOptions<DesignHub>(o => o.MaximumReceiveMessageSize = DesignHub.MaximumReceiveMessageSize);

        // Operations.
        services.AddHealthChecks()
            .AddCheck<CatalogHealthCheck>("catalog", tags: ["ready"])
            .AddCheck<BundleHealthCheck>("bundle", tags: ["ready"]);
        return services;
    }

    public static WebApplication MapShowcaseWeb(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapCatalogImages();
        app.MapAdminAccount();
        app.MapHub<TrainingHub>(TrainingHub.Path);
        app.MapHub<DesignHub>(DesignHub.Path);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
