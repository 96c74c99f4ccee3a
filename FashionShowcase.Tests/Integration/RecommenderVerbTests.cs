using FashionShowcase.Cli.Verbs;
using FashionShowcase.Core.Storage;

namespace FashionShowcase.Tests.Integration;

[Collection(TorchCollection.Name)]
public sealed class RecommenderVerbTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fs-recommender-verb-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Training_a_tiny_recommender_writes_a_bundle_that_evaluate_measures()
    {
        Assert.Equal(0, RecommenderVerbs.Train(["--preset", "tiny", "--epochs", "1", "--out", _dir, "--checkpoints", Path.Combine(_dir, "ckpt")]));
        Assert.True(File.Exists(Path.Combine(_dir, ModelStore.RecommenderFile)));
        Assert.NotNull(ModelStore.ReadManifest(_dir).RecommenderTraining);
        var metrics = RecommenderVerbs.Evaluate(_dir);
        foreach (var key in new[] { "auc_dvbpr", "auc_bpr_mf", "auc_popularity", "auc_oracle", "auc_random", "auc_cold_dvbpr" })
            Assert.InRange(metrics[key], 0.0, 1.0);
        Assert.True(metrics["auc_oracle"] > metrics["auc_random"]);
    }

    [Fact]
    public void An_unknown_option_is_refused_with_exit_code_two() =>
        Assert.Equal(2, RecommenderVerbs.Train(["--colour", "red"]));

    [Fact]
    public void An_unknown_preset_is_refused_with_exit_code_two() =>
        Assert.Equal(2, RecommenderVerbs.Train(["--preset", "huge"]));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
