using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Storage;
using FashionShowcase.Core.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit;

[Collection(TorchCollection.Name)]
public sealed class GanTrainerTests(TorchWorkerFixture fixture)
{
    private static readonly GanConfig Tiny = GanConfig.Preset("tiny");

    private TorchWorker Worker => fixture.Worker;

    [Fact]
    public async Task A_few_training_steps_keep_every_loss_finite()
    {
        var events = new List<TrainingProgress>();
        using var result = await new GanTrainer(Worker).TrainAsync(TinyData.FirstItems(256),
            new GanTrainingOptions { Config = Tiny, MaxSteps = 6, ProgressEvery = 2 }, new DelegateTrainingListener(events.Add));
        Assert.Equal(6, result.Steps);
        Assert.Equal(3, events.Count);
        Assert.All(events.SelectMany(e => e.Metrics.Values), v => Assert.True(double.IsFinite(v)));
        Assert.All(new[] { "loss_d", "loss_g", "d_x", "d_g_z" }, k => Assert.Contains(k, events[^1].Metrics.Keys));
    }

    [Fact]
    public async Task The_last_event_carries_a_sample_grid_with_one_row_per_class()
    {
        TrainingProgress? last = null;
        using var _ = await new GanTrainer(Worker).TrainAsync(TinyData.FirstItems(128),
            new GanTrainingOptions { Config = Tiny, MaxSteps = 2, SampleColumns = 4 }, new DelegateTrainingListener(p => last = p));
        var (width, height, _) = Core.Imaging.ImageCodec.DecodeGrey(last!.SampleGridPng!);
        Assert.Equal(4 * 30 + 2, width);
        Assert.Equal(10 * 30 + 2, height);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_generator()
    {
        var a = await TrainAndSample(seed: 7);
        var b = await TrainAndSample(seed: 7);
        var c = await TrainAndSample(seed: 8);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task Resuming_continues_from_the_checkpointed_step_and_matches_an_uninterrupted_run()
    {
        var data = TinyData.FirstItems(256);
        var dir = TinyData.TempDirectory("resume");
        var options = new GanTrainingOptions { Config = Tiny, Seed = 3, CheckpointDirectory = dir, CheckpointEvery = 2 };

        using (var first = await new GanTrainer(Worker).TrainAsync(data, options with { MaxSteps = 4 })) { }
        Assert.Equal(4, TrainingCheckpoint.TryReadState(dir)!.Step);

        long? firstStepSeen = null;
        using var resumed = await new GanTrainer(Worker).TrainAsync(data, options with { MaxSteps = 8, Resume = true, ProgressEvery = 1 },
            new DelegateTrainingListener(p => firstStepSeen ??= p.Step));
        Assert.Equal(5, firstStepSeen);
        Assert.Equal(8, resumed.Steps);

        using var straight = await new GanTrainer(Worker).TrainAsync(data, options with { MaxSteps = 8, CheckpointDirectory = null });
        Assert.Equal(await Sample(straight.Generator), await Sample(resumed.Generator));
    }

    [Fact]
    public async Task A_checkpoint_round_trip_restores_identical_weights()
    {
        var dir = TinyData.TempDirectory("ckpt");
        using var result = await new GanTrainer(Worker).TrainAsync(TinyData.FirstItems(128),
            new GanTrainingOptions { Config = Tiny, MaxSteps = 3, CheckpointDirectory = dir, CheckpointEvery = 3 });
        var restored = await Worker.RunAsync(() =>
        {
            var g = new ConditionalGenerator(Tiny);
            var d = new ConditionalDiscriminator(Tiny);
            using var optG = optim.Adam(g.parameters());
            using var optD = optim.Adam(d.parameters());
            TrainingCheckpoint.Load(dir, new Dictionary<string, nn.Module> { ["generator"] = g, ["discriminator"] = d },
                new Dictionary<string, TorchSharp.Modules.OptimizerHelper> { ["generator"] = optG, ["discriminator"] = optD });
            d.Dispose();
            g.eval();
            return g;
        });
        Assert.Equal(await Sample(result.Generator), await Sample(restored));
    }

    [Fact]
    public async Task A_loss_that_becomes_nan_stops_training_with_a_clear_error_and_keeps_the_checkpoint()
    {
        var data = TinyData.FirstItems(128);
        var dir = TinyData.TempDirectory("nan");
        var options = new GanTrainingOptions { Config = Tiny, CheckpointDirectory = dir, CheckpointEvery = 1 };
        using (await new GanTrainer(Worker).TrainAsync(data, options with { MaxSteps = 1 })) { }

        // Poison the checkpointed generator: every weight NaN (what a diverged run leaves behind).
        await Worker.RunAsync(() =>
        {
            using var g = new ConditionalGenerator(Tiny);
            using (no_grad())
                foreach (var p in g.parameters()) p.fill_(double.NaN);
            var latest = Directory.GetDirectories(dir, "step-*").Single();
            ModelStore.SaveWeights(g, Path.Combine(latest, "generator.bin"));
        });

        var error = await Assert.ThrowsAsync<NonFiniteLossException>(() =>
            new GanTrainer(Worker).TrainAsync(data, options with { MaxSteps = 3, Resume = true, CheckpointEvery = 100 }));
        Assert.Contains("NaN", error.Message);
        Assert.Equal(1, TrainingCheckpoint.TryReadState(dir)!.Step);
    }

    [Fact]
    public async Task Cancelling_stops_the_run_with_an_operation_cancelled_error()
    {
        using var cts = new CancellationTokenSource();
        var listener = new DelegateTrainingListener(p => { if (p.Step >= 2) cts.Cancel(); });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new GanTrainer(Worker).TrainAsync(TinyData.FirstItems(512),
            new GanTrainingOptions { Config = Tiny, ProgressEvery = 1 }, listener, cts.Token));
    }

    private async Task<byte[]> TrainAndSample(long seed)
    {
        using var result = await new GanTrainer(Worker).TrainAsync(TinyData.FirstItems(128),
            new GanTrainingOptions { Config = Tiny, Seed = seed, MaxSteps = 3 });
        return await Sample(result.Generator);
    }

    private Task<byte[]> Sample(ConditionalGenerator g) => Worker.RunAsync(() =>
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var gen = new torch.Generator(42);
        var z = randn([10, g.Config.LatentSize], generator: gen);
        return Core.Imaging.ImageCodec.ToGreyBytes(g.forward(z, arange(10, dtype: ScalarType.Int64)).flatten());
    });
}
