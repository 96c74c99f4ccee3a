using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Tests;

/// <summary>
/// A complete tiny bundle for the web app's visitor pages: a tiny GAN and classifier (untrained:
/// the pages only need them to run, not to look good) and a tiny recommender trained for one epoch
/// on a small shopper set over the whole shipped catalog (the app regenerates the shoppers over it).
/// </summary>
public static class TinyShowcaseBundle
{
    public static async Task BuildAsync(string directory, TorchWorker worker)
    {
        var gan = GanConfig.Preset("tiny");
        var classifier = ClassifierConfig.Preset("tiny");
        worker.Run(() =>
        {
            Seeds.Apply(5);
            using var g = new ConditionalGenerator(gan);
            using var d = new ConditionalDiscriminator(gan);
            using var c = new FashionClassifier(classifier);
            ModelStore.SaveWeights(g, Path.Combine(directory, ModelStore.GeneratorFile));
            ModelStore.SaveWeights(d, Path.Combine(directory, ModelStore.DiscriminatorFile));
            ModelStore.SaveWeights(c, Path.Combine(directory, ModelStore.ClassifierFile));
            return true;
        });
        ModelStore.WriteManifest(directory, new BundleManifest { Name = "tiny-showcase", Gan = gan, Classifier = classifier });

        var shoppers = ShopperSet.Create(ShopperTestData.Catalog, ShopperTestData.TinyShoppers());
        var options = RecommenderOptions.Preset("tiny") with { Epochs = 1, Shoppers = shoppers.Options };
        var result = await new RecommenderTrainer(worker, options).TrainAsync(shoppers);
        var part = new RecommenderManifest
        {
            Model = result.Model.Config,
            Training = options,
            Shoppers = shoppers.Options,
            Personas = shoppers.Population.Personas.Select(p => new PersonaSummary(p.Id, p.Name, p.Description)).ToArray(),
            TrainingInteractions = shoppers.Split.TrainingPairCount,
        };
        worker.Run(() =>
        {
            RecommenderBundle.Save(directory, result.Model, part, new TrainingRecord { Command = "test", Seed = options.Seed, WallSeconds = 1 });
            result.Model.Dispose();
            return true;
        });
    }
}
