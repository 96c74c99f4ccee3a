using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Storage;
using TorchSharp;

namespace FashionShowcase.Core.Runtime;

/// <summary>
/// A loaded bundle: the models in eval mode on the worker's device. Create and use on the torch
/// worker thread only. Parts absent from the manifest are null.
/// </summary>
public sealed class ModelBundle : IDisposable
{
    private ModelBundle(string directory, BundleManifest manifest)
    {
        Directory = directory;
        Manifest = manifest;
    }

    public string Directory { get; }

    public BundleManifest Manifest { get; }

    public ConditionalGenerator? Generator { get; private set; }

    public ConditionalDiscriminator? Discriminator { get; private set; }

    public FashionClassifier? Classifier { get; private set; }

    /// <summary>The DVBPR recommender with its shoppers; loaded only when a catalog is given.</summary>
    public ShopperRecommender? Recommender { get; private set; }

    /// <summary>
    /// Loads every part the manifest lists (worker thread). The recommender needs the catalog
    /// (its shoppers are regenerated from the seed over it), so it is loaded only when one is given.
    /// </summary>
    public static ModelBundle Load(string directory, TorchSharp.torch.Device device, DataSplit? catalog = null)
    {
        var manifest = ModelStore.ReadManifest(directory);
        var bundle = new ModelBundle(directory, manifest);
        try
        {
            if (manifest.Gan is { } gan)
            {
                bundle.Generator = new ConditionalGenerator(gan);
                ModelStore.LoadWeights(bundle.Generator, Path.Combine(directory, ModelStore.GeneratorFile));
                bundle.Generator.to(device).eval();
                bundle.Discriminator = new ConditionalDiscriminator(gan);
                ModelStore.LoadWeights(bundle.Discriminator, Path.Combine(directory, ModelStore.DiscriminatorFile));
                bundle.Discriminator.to(device).eval();
            }
            if (manifest.Classifier is { } classifier)
            {
                bundle.Classifier = new FashionClassifier(classifier);
                ModelStore.LoadWeights(bundle.Classifier, Path.Combine(directory, ModelStore.ClassifierFile));
                bundle.Classifier.to(device).eval();
            }
            if (manifest.Recommender is not null && catalog is not null)
                bundle.Recommender = RecommenderBundle.Load(directory, catalog, device);
            return bundle;
        }
        catch
        {
            bundle.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Generator?.Dispose();
        Discriminator?.Dispose();
        Classifier?.Dispose();
        Recommender?.Dispose();
    }
}
