using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Shoppers;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;
using static FashionShowcase.Tests.ShopperTestData;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit;

[Collection(TorchCollection.Name)]
public sealed class RecommenderTrainerTests(TorchWorkerFixture fixture) : IDisposable
{
    private static readonly ShopperSet Shoppers = ShopperSet.Create(SmallCatalog(), TinyShoppers());
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fs-recommender-" + Guid.NewGuid().ToString("N"));

    private static RecommenderOptions Tiny(int epochs = 2) =>
        RecommenderOptions.Preset("tiny") with { Epochs = epochs, Shoppers = Shoppers.Options, LearningRate = 3e-3 };

    private TorchWorker Worker => fixture.Worker;

    private void Dispose(object disposable) => Worker.Run(() => { ((IDisposable)disposable).Dispose(); return true; });

    [Fact]
    public async Task A_tiny_dvbpr_run_ranks_held_out_items_better_than_random()
    {
        var result = await new RecommenderTrainer(Worker, Tiny(epochs: 8)).TrainAsync(Shoppers);
        var recommender = Worker.Run(() => ShopperRecommender.Create(result.Model, Shoppers));
        try
        {
            var cases = RecommenderAuc.SampleCases(Shoppers.Split, HeldOut.Test, seed: 1);
            var dvbpr = RecommenderAuc.Compute(cases, recommender.Scorer);
            var random = RecommenderAuc.Compute(cases, Baselines.Random(1));
            Assert.True(dvbpr > random + 0.1, $"DVBPR {dvbpr:F3} vs random {random:F3}");
        }
        finally
        {
            Dispose(recommender);
        }
    }

    [Fact]
    public async Task A_trained_recommender_ranks_a_shoppers_true_favourites_above_random_items()
    {
        var result = await new RecommenderTrainer(Worker, Tiny(epochs: 8)).TrainAsync(Shoppers);
        var recommender = Worker.Run(() => ShopperRecommender.Create(result.Model, Shoppers));
        try
        {
            var scores = new double[Shoppers.Catalog.Count];
            var rng = new Random(3);
            int wins = 0, total = 0;
            foreach (var shopper in Shoppers.Population.ShoppersOf("night-owl").Concat(Shoppers.Population.ShoppersOf("bag-collector")))
            {
                Shoppers.Oracle.ScoreCatalog(shopper, scores);
                var favourites = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).Take(20);
                foreach (var item in favourites)
                {
                    var other = rng.Next(scores.Length);
                    wins += recommender.Score(shopper, item) > recommender.Score(shopper, other) ? 1 : 0;
                    total++;
                }
            }
            Assert.True(wins > 0.7 * total, $"favourites ranked above a random item in {wins} of {total} pairs");
        }
        finally
        {
            Dispose(recommender);
        }
    }

    [Fact]
    public async Task A_non_finite_loss_stops_training_with_a_clear_exception()
    {
        var trainer = new RecommenderTrainer(Worker, Tiny())
        {
            OnModelReady = model => { using (no_grad()) model.Theta.fill_(float.NaN); },
        };
        var e = await Assert.ThrowsAsync<NonFiniteLossException>(() => trainer.TrainAsync(Shoppers));
        Assert.Equal(1, e.Step);
        Assert.Contains("bpr_loss", e.Message);
    }

    [Fact]
    public async Task A_resumed_run_continues_from_the_checkpointed_step()
    {
        var first = await new RecommenderTrainer(Worker, Tiny(epochs: 1)).TrainAsync(Shoppers, _dir);
        Dispose(first.Model);
        var steps = new List<long>();
        var second = await new RecommenderTrainer(Worker, Tiny(epochs: 2), new DelegateTrainingListener(p => steps.Add(p.Step)))
            .TrainAsync(Shoppers, _dir, resume: true);
        Dispose(second.Model);
        Assert.Equal(first.Steps, second.ResumedFromStep);
        Assert.Equal(2 * first.Steps, second.Steps);
        Assert.True(steps.Min() > first.Steps, $"first event at step {steps.Min()}, checkpoint at {first.Steps}");
    }

    [Fact]
    public async Task Resuming_with_other_settings_is_refused_with_a_message()
    {
        var first = await new RecommenderTrainer(Worker, Tiny(epochs: 1)).TrainAsync(Shoppers, _dir);
        Dispose(first.Model);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new RecommenderTrainer(Worker, Tiny(epochs: 2) with { EmbeddingSize = 12 }).TrainAsync(Shoppers, _dir, resume: true));
        Assert.Contains("other settings", e.Message);
    }

    [Fact]
    public async Task Training_reports_loss_every_few_steps_and_validation_auc_each_epoch()
    {
        var events = new List<TrainingProgress>();
        var result = await new RecommenderTrainer(Worker, Tiny(epochs: 2), new DelegateTrainingListener(events.Add)).TrainAsync(Shoppers);
        Dispose(result.Model);
        Assert.All(events, p => Assert.Equal(TrainingKind.Recommender, p.Kind));
        Assert.All(events, p => Assert.True(double.IsFinite(p.Metrics["loss"])));
        Assert.Equal(2, events.Count(p => p.Metrics.ContainsKey("auc")));
        Assert.Equal(result.Steps, events[^1].Step);
    }

    [Fact]
    public async Task A_cancelled_run_stops_between_steps()
    {
        using var cancel = new CancellationTokenSource();
        var trainer = new RecommenderTrainer(Worker, Tiny(epochs: 50), new DelegateTrainingListener(_ => cancel.Cancel()));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => trainer.TrainAsync(Shoppers, cancellationToken: cancel.Token));
    }

    [Fact]
    public void The_learned_score_is_differentiable_in_the_image()
    {
        var gradient = Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            using var model = new DvbprModel(new DvbprConfig { EmbeddingSize = 8, Width = 4, ShopperCount = 3 });
            var images = rand(2, 1, 28, 28).mul(2).sub(1).requires_grad_(true);
            ((Core.Design.IPreferenceModel)model).Score(images, 2).sum().backward();
            return images.grad!.abs().sum().item<float>();
        });
        Assert.True(gradient > 0);
    }

    [Fact]
    public async Task A_saved_bundle_loads_and_scores_like_the_trained_model()
    {
        var result = await new RecommenderTrainer(Worker, Tiny(epochs: 2)).TrainAsync(Shoppers);
        var trained = Worker.Run(() => ShopperRecommender.Create(result.Model, Shoppers));
        var part = new RecommenderManifest
        {
            Model = result.Model.Config,
            Training = Tiny(epochs: 2),
            Shoppers = Shoppers.Options,
            Personas = Shoppers.Population.Personas.Select(p => new PersonaSummary(p.Id, p.Name, p.Description)).ToArray(),
            TrainingInteractions = Shoppers.Split.TrainingPairCount,
        };
        Worker.Run(() => { RecommenderBundle.Save(_dir, result.Model, part, new TrainingRecord { Command = "test", Seed = 7, WallSeconds = 1 }); return true; });
        var loaded = Worker.Run(() => RecommenderBundle.Load(_dir, Shoppers.Catalog, Worker.Device));
        try
        {
            Assert.Equal(trained.Recommend(5, 10).Select(r => r.Item), loaded.Recommend(5, 10).Select(r => r.Item));
            Assert.Equal(trained.Score(5, 17), loaded.Score(5, 17), 4);
            var image = Shoppers.Catalog.Image(17).ToArray();
            Assert.Equal(loaded.Score(5, 17), Worker.Run(() => loaded.ScoreImage(5, image)), 3);
        }
        finally
        {
            Dispose(trained);
            Dispose(loaded);
        }
    }

    [Fact]
    public void Recommendations_within_a_category_only_contain_that_category()
    {
        var model = Worker.Run(() => new DvbprModel(new DvbprConfig { EmbeddingSize = 8, Width = 4, ShopperCount = Shoppers.Population.Count }));
        var recommender = Worker.Run(() => ShopperRecommender.Create(model, Shoppers));
        try
        {
            var shoes = Core.Catalog.Categories.Parse("shoes");
            var items = recommender.Recommend(2, 15, shoes);
            Assert.Equal(15, items.Count);
            Assert.All(items, r => Assert.Contains(r.Class, shoes));
            Assert.True(items.Zip(items.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        }
        finally
        {
            Dispose(recommender);
        }
    }

    [Fact]
    public void Loading_a_bundle_without_a_recommender_explains_how_to_train_one()
    {
        ModelStore.WriteManifest(_dir, new BundleManifest { Name = "empty" });
        var e = Assert.Throws<InvalidDataException>(() => RecommenderBundle.ReadPart(_dir));
        Assert.Contains("fashion train recommender", e.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
