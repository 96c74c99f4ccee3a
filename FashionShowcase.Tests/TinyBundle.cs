using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Tests;

/// <summary>
/// Writes an untrained but complete-enough bundle for web tests: a tiny GAN (G, D) and a tiny DVBPR
/// recommender whose shoppers are generated over the shipped catalog (so ActiveBundle can load it).
/// </summary>
public static class TinyBundle
{
    private static readonly Lazy<string> Template = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "fs-tiny-bundle-" + Guid.NewGuid().ToString("N"));
        Write(dir);
        return dir;
    });

    /// <summary>Copies one shared tiny bundle (written once per test process) into <paramref name="directory"/>.</summary>
    public static void CopyTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(Template.Value))
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
    }

    public static void Write(string directory, long seed = 3)
    {
        Directory.CreateDirectory(directory);
        var options = RecommenderOptions.Preset("tiny");
        var shoppers = ShopperSet.Create(ShopperTestData.Catalog, options.Shoppers);
        using var worker = new TorchWorker(new TorchRuntimeOptions { Device = "cpu", Threads = 1 });
        worker.Run(() =>
        {
            Seeds.Apply(seed);
            var gan = GanConfig.Preset("tiny");
            using (var g = new ConditionalGenerator(gan))
                ModelStore.SaveWeights(g, Path.Combine(directory, ModelStore.GeneratorFile));
            using (var d = new ConditionalDiscriminator(gan))
                ModelStore.SaveWeights(d, Path.Combine(directory, ModelStore.DiscriminatorFile));
            var record = new TrainingRecord { Command = "tests: untrained", Seed = seed, WallSeconds = 0 };
            ModelStore.WriteManifest(directory, ModelStore.ReadManifestOrEmpty(directory) with { Gan = gan, GanTraining = record });
            using var model = new DvbprModel(options.ModelConfig(shoppers.Population.Count));
            var part = new RecommenderManifest
            {
                Model = model.Config,
                Training = options,
                Shoppers = options.Shoppers,
                Personas = shoppers.Population.Personas.Select(p => new PersonaSummary(p.Id, p.Name, p.Description)).ToArray(),
                TrainingInteractions = shoppers.Split.TrainingPairCount,
                ColdItems = shoppers.Split.ColdItems.Count,
            };
            RecommenderBundle.Save(directory, model, part, record);
            return 0;
        });
    }
}
