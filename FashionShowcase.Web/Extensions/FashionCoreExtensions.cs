using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Storage;
using FashionShowcase.Web.Configuration;
using FashionShowcase.Web.Services;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Web.Extensions;

/// <summary>Registers the Core services the web app uses: torch worker, catalog, active model bundle, run store.</summary>
public static class FashionCoreExtensions
{
    public static IServiceCollection AddFashionCore(this IServiceCollection services, IConfiguration configuration)
    {
        // Options, validated at start with messages that say what to set.
        services.AddOptions<PathsOptions>().Bind(configuration.GetSection(PathsOptions.Section))
            .PostConfigure<IHostEnvironment>((o, env) =>
                o.Resolve(RepositoryLocator.FindRoot(env.ContentRootPath, AppContext.BaseDirectory) ?? env.ContentRootPath))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PathsOptions>>(new OptionsValidation<PathsOptions>(o => o.Problems()));
        services.AddOptions<TorchOptions>().Bind(configuration.GetSection(TorchOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TorchOptions>>(new OptionsValidation<TorchOptions>(o => o.Problems()));

        // The one thread that owns every tensor.
        services.AddSingleton(sp => new TorchWorker(sp.GetRequiredService<IOptions<TorchOptions>>().Value.ToRuntimeOptions()));

        // The shop catalog: the shipped test split, checksum-verified; never downloaded by the web app.
        services.AddSingleton(sp => new ShopCatalog(() =>
        {
            var dataDirectory = sp.GetRequiredService<IOptions<PathsOptions>>().Value.DataDirectory;
            // The configured directory comes first and, if its files are damaged, is an error rather than a silent switch to another copy.
            var locator = new DataSetLocator(new DataSetOptions { Directory = dataDirectory, ShippedDirectory = dataDirectory, DownloadBaseUrl = null });
            var split = locator.Load(SplitKind.Test);
            sp.GetRequiredService<ILogger<ShopCatalog>>().LogInformation("Catalog: {Count} items from {Source}", split.Count, split.Source);
            return split;
        }));

        // The active model bundle, loaded at start (a missing bundle is a state, not a failure).
        services.AddSingleton<ActiveBundle>();
        services.AddHostedService(sp => sp.GetRequiredService<ActiveBundle>());

        // Training history.
        services.AddSingleton(sp => new RunStore(sp.GetRequiredService<IOptions<PathsOptions>>().Value.SqlitePath!));
        return services;
    }
}
