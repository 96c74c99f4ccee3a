using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Cli;

/// <summary>The catalog, a worker and a fully loaded bundle (GAN, classifier, recommender), for verbs that use all of them.</summary>
public sealed class CliModels : IDisposable
{
    private CliModels(TorchWorker worker, DataSplit catalog, ModelBundle bundle)
    {
        Worker = worker;
        Catalog = catalog;
        Bundle = bundle;
    }

    public TorchWorker Worker { get; }

    public DataSplit Catalog { get; }

    public ModelBundle Bundle { get; }

    public ShopperRecommender Recommender => Bundle.Recommender
        ?? throw new InvalidOperationException($"The bundle '{Bundle.Directory}' has no recommender; train one with `fashion train recommender --out {Bundle.Directory}`.");

    /// <summary>The bundle is --bundle, else the shipped one (models/shipped).</summary>
    public static string BundleDirectory(CliArgs args) =>
        args.Get("bundle") ?? Path.Combine(CliContext.RepoRoot ?? ".", "models", "shipped");

    public static CliModels Open(CliArgs args)
    {
        var bundleDir = BundleDirectory(args);
        var catalog = new DataSetLocator(CliContext.DataOptions(args)).Load(SplitKind.Test);
        var worker = CliContext.CreateWorker(args);
        try
        {
            var bundle = worker.Run(() => ModelBundle.Load(bundleDir, worker.Device, catalog));
            if (bundle.Generator is null)
                throw new InvalidOperationException($"The bundle '{bundleDir}' has no GAN; train one with `fashion train gan --out {bundleDir}`.");
            return new CliModels(worker, catalog, bundle);
        }
        catch
        {
            worker.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Worker.Run(() => { Bundle.Dispose(); return 0; });
        Worker.Dispose();
    }
}
