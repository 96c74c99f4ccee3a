using System.Text.Json;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Storage;
using TorchSharp;

namespace FashionShowcase.Core.Runtime;

/// <summary>
/// Adds the recommender to a bundle directory and loads it back. The manifest is read, changed and
/// written back (other parts untouched); weights go to <see cref="ModelStore.RecommenderFile"/> first
/// and the manifest last, so a reader never sees a manifest naming missing weights.
/// </summary>
public static class RecommenderBundle
{
    /// <summary>Saves weights and manifest part (worker thread).</summary>
    public static void Save(string bundleDir, DvbprModel model, RecommenderManifest part, TrainingRecord training)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(part);
        Directory.CreateDirectory(bundleDir);
        ModelStore.SaveWeights(model, Path.Combine(bundleDir, ModelStore.RecommenderFile));
        var manifest = ModelStore.ReadManifestOrEmpty(bundleDir);
        ModelStore.WriteManifest(bundleDir, manifest with
        {
            Recommender = JsonSerializer.SerializeToElement(part, BundleManifest.Json),
            RecommenderTraining = training,
        });
    }

    /// <summary>The manifest's recommender part, or a clear error when the bundle has none.</summary>
    public static RecommenderManifest ReadPart(string bundleDir)
    {
        var manifest = ModelStore.ReadManifest(bundleDir);
        if (manifest.Recommender is not { } element || element.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"The bundle at '{bundleDir}' has no recommender; train one with `fashion train recommender --out {bundleDir}`.");
        try
        {
            return element.Deserialize<RecommenderManifest>(BundleManifest.Json)
                   ?? throw new InvalidDataException($"The recommender part of '{bundleDir}' is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The recommender part of '{bundleDir}' cannot be read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Rebuilds the shopper set from the manifest's options and the catalog, loads the model and
    /// returns the scoring service (worker thread). Fails clearly when the catalog is not the one the
    /// personas' shoppers were generated over.
    /// </summary>
    public static ShopperRecommender Load(string bundleDir, DataSplit catalog, TorchSharp.torch.Device device)
    {
        var part = ReadPart(bundleDir);
        var personas = part.Personas.Select(p => Personas.Find(p.Id)).ToArray();
        var shoppers = ShopperSet.Create(catalog, part.Shoppers, personas);
        if (part.TrainingInteractions != 0 && shoppers.Split.TrainingPairCount != part.TrainingInteractions)
            throw new InvalidDataException(
                $"The shoppers regenerated from '{bundleDir}' have {shoppers.Split.TrainingPairCount} training interactions, the bundle was trained on {part.TrainingInteractions}: the catalog or the persona definitions changed since training.");
        var model = new DvbprModel(part.Model);
        try
        {
            ModelStore.LoadWeights(model, Path.Combine(bundleDir, ModelStore.RecommenderFile));
            model.to(device);
            return ShopperRecommender.Create(model, shoppers);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }
}
