using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Storage;

namespace FashionShowcase.Tests.Integration;

/// <summary>The bundle shipped in models/shipped: it loads offline from the repository and does what its manifest claims.</summary>
[Collection(TorchCollection.Name)]
public sealed class ShippedBundleTests(TorchWorkerFixture fixture)
{
    private static string BundleDir => Path.Combine(RepoPaths.Models, "shipped");

    [Fact]
    public void The_shipped_bundle_is_small_and_names_the_command_that_made_each_part()
    {
        var manifest = ModelStore.ReadManifest(BundleDir);
        Assert.StartsWith("dotnet run --project FashionShowcase.Cli", manifest.GanTraining!.Command);
        Assert.StartsWith("dotnet run --project FashionShowcase.Cli", manifest.ClassifierTraining!.Command);
        Assert.NotNull(manifest.RecommenderTraining);
        Assert.Equal(SplitFiles.Train.ImagesSha256, manifest.DataChecksums[SplitFiles.Train.ImagesFile]);
        var bytes = Directory.EnumerateFiles(BundleDir) // the shipped files; local checkpoints/ and samples/ are git-ignored
            .Sum(f => new FileInfo(f).Length);
        Assert.True(bytes <= 20 * 1024 * 1024, $"shipped bundle is {bytes / 1e6:0.0} MB; the limit is 20 MB");
    }

    [Fact]
    public void The_shipped_gan_draws_the_requested_class_at_least_85_percent_of_the_time()
    {
        var accuracy = fixture.Worker.Run(() =>
        {
            using var bundle = ModelBundle.Load(BundleDir, fixture.Worker.Device);
            return ConditionalAccuracy.Measure(bundle.Generator!, bundle.Classifier!, perClass: 30, seed: 1234);
        });
        Assert.Equal(300, accuracy.Count);
        Assert.True(accuracy.Overall >= 0.85, $"conditional accuracy {accuracy.Overall:0.000} on 300 samples");
    }

    [Fact]
    public void The_shipped_recommender_ranks_each_personas_favourite_items_above_random_ones()
    {
        var catalog = TinyData.CatalogSplit;
        var results = fixture.Worker.Run(() =>
        {
            using var bundle = ModelBundle.Load(BundleDir, fixture.Worker.Device, catalog);
            var recommender = bundle.Recommender!;
            var oracle = recommender.Shoppers.Oracle;
            var rng = new Random(5);
            var perPersona = new List<(string Persona, double Favourites, double Random)>();
            foreach (var persona in recommender.Shoppers.Population.Personas)
            {
                var shopper = recommender.Shoppers.Population.RepresentativeOf(persona.Id);
                // The oracle's 20 best catalog items for this shopper vs 20 random ones, scored by the learned model.
                var trueScores = new double[catalog.Count];
                oracle.ScoreCatalog(shopper, trueScores);
                var best = Enumerable.Range(0, catalog.Count).OrderByDescending(i => trueScores[i]).Take(20);
                perPersona.Add((persona.Id,
                    best.Average(i => recommender.Score(shopper, i)),
                    Enumerable.Range(0, 20).Select(_ => rng.Next(catalog.Count)).Average(i => recommender.Score(shopper, i))));
            }
            return perPersona;
        });
        Assert.True(results.Count >= 8);
        Assert.All(results, r => Assert.True(r.Favourites > r.Random, $"{r.Persona}: favourites {r.Favourites:0.000} vs random {r.Random:0.000}"));
    }
}
