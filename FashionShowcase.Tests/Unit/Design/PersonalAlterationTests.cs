using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;

namespace FashionShowcase.Tests.Unit.Design;

[Collection(TorchCollection.Name)]
public sealed class PersonalAlterationTests(TorchWorkerFixture fixture) : IDisposable
{
    private static readonly DataSplit Catalog = new DataSetLocator(new DataSetOptions { ShippedDirectory = RepoPaths.Data, DownloadBaseUrl = null })
        .Load(SplitKind.Test).Take(50);

    private readonly TinyDesignModels _models = fixture.Worker.Run(() => TinyDesignModels.Create(seed: 5));

    private PersonalAlteration Alteration() => new(fixture.Worker, _models.Generator, _models.Discriminator, _models.Preference);

    private static AlterationOptions Quick(double proximity = 0.05) => new()
    {
        Steps = 12,
        Proximity = proximity,
        Inversion = new InversionOptions { Starts = 2, Steps = 20 },
    };

    private static async Task<List<AlterationFrame>> Collect(IAsyncEnumerable<AlterationFrame> frames)
    {
        var list = new List<AlterationFrame>();
        await foreach (var f in frames) list.Add(f);
        return list;
    }

    [Fact]
    public async Task The_trajectory_starts_at_the_reconstruction_and_ends_with_a_difference_map()
    {
        var frames = await Collect(Alteration().AlterAsync(1, Catalog.Image(0).ToArray(), Catalog.Label(0), Quick()));
        Assert.Equal(13, frames.Count);
        // Same z*, so the same image; a batch of one may round a pixel differently than the inversion's batch.
        Assert.All(frames[0].Inversion.ReconstructionPixels.Zip(frames[0].Pixels), p => Assert.InRange(Math.Abs(p.First - p.Second), 0, 1));
        Assert.Equal(Catalog.Image(0).ToArray(), frames[0].Inversion.OriginalPixels);
        Assert.True(frames[^1].IsFinal);
        Assert.NotNull(frames[^1].DifferencePng);
        Assert.All(frames.SkipLast(1), f => Assert.Null(f.DifferencePng));
    }

    [Fact]
    public async Task The_objective_rises_along_the_trajectory()
    {
        var frames = await Collect(Alteration().AlterAsync(2, Catalog.Image(3).ToArray(), Catalog.Label(3), Quick()));
        Assert.True(frames[^1].Objective > frames[0].Objective, $"objective {frames[0].Objective} → {frames[^1].Objective}");
    }

    [Fact]
    public async Task A_stronger_proximity_keeps_the_altered_item_closer_to_the_original()
    {
        var inversion = await Alteration().Inverter.InvertAsync(Catalog.Image(1).ToArray(), Catalog.Label(1), Quick().Inversion);
        var loose = await Collect(Alteration().AlterAsync(0, inversion, Quick(proximity: 0) with { LearningRate = 0.2 }));
        var tight = await Collect(Alteration().AlterAsync(0, inversion, Quick(proximity: 5) with { LearningRate = 0.2 }));
        Assert.True(tight[^1].DistanceMse < loose[^1].DistanceMse,
            $"distance with λ = 5: {tight[^1].DistanceMse}; with λ = 0: {loose[^1].DistanceMse}");
    }

    [Fact]
    public async Task An_inversion_and_alteration_leave_no_live_tensors_behind()
    {
        long LiveTensors() => fixture.Worker.Run(() => TorchSharp.DisposeScopeManager.Statistics.TensorStatistics.ThreadTotalLiveCount);
        var options = Quick() with { Steps = 2, Inversion = new InversionOptions { Starts = 2, Steps = 2 } };
        await Collect(Alteration().AlterAsync(0, Catalog.Image(2).ToArray(), Catalog.Label(2), options)); // warm caches
        var before = LiveTensors();
        await Collect(Alteration().AlterAsync(0, Catalog.Image(2).ToArray(), Catalog.Label(2), options));
        Assert.Equal(before, LiveTensors());
    }

    [Fact]
    public void A_negative_proximity_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new AlterationOptions { Proximity = -1 }.Validated());
        Assert.Contains("Proximity", e.Message);
    }

    public void Dispose() => fixture.Worker.Run(() => { _models.Dispose(); return true; });
}
