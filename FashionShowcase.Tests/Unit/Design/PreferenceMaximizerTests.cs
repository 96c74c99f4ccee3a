using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;

namespace FashionShowcase.Tests.Unit.Design;

[Collection(TorchCollection.Name)]
public sealed class PreferenceMaximizerTests(TorchWorkerFixture fixture) : IDisposable
{
    private readonly TinyDesignModels _models = fixture.Worker.Run(() => TinyDesignModels.Create());

    private PreferenceMaximizer Maximizer() =>
        new(fixture.Worker, _models.Generator, _models.Discriminator, _models.Preference);

    private static async Task<List<DesignFrame>> Collect(IAsyncEnumerable<DesignFrame> frames)
    {
        var list = new List<DesignFrame>();
        await foreach (var f in frames) list.Add(f);
        return list;
    }

    [Fact]
    public async Task The_mean_objective_rises_from_the_first_frame_to_the_last()
    {
        var frames = await Collect(Maximizer().DesignAsync(1, [FashionClass.Sneaker], new DesignOptions { Starts = 4, Steps = 15, Seed = 3 }));
        Assert.True(frames[^1].MeanObjective > frames[0].MeanObjective,
            $"objective went from {frames[0].MeanObjective} to {frames[^1].MeanObjective}");
    }

    [Fact]
    public async Task It_emits_the_starting_point_then_one_frame_per_step_and_only_the_last_is_final_and_ranked()
    {
        var frames = await Collect(Maximizer().DesignAsync(0, [FashionClass.Dress], new DesignOptions { Starts = 5, Steps = 3 }));
        Assert.Equal([0, 1, 2, 3], frames.Select(f => f.Step));
        Assert.Equal([false, false, false, true], frames.Select(f => f.IsFinal));
        Assert.All(frames.Take(3), f => Assert.All(f.Tiles, t => Assert.Null(t.Rank)));
        var final = frames[^1];
        Assert.Equal([1, 2, 3, 4, 5], final.Tiles.Select(t => t.Rank!.Value).Order());
        Assert.Equal(1, final.Best.Rank);
        Assert.All(final.Tiles, t => Assert.Equal(784, t.Pixels.Length));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_frames_byte_for_byte()
    {
        var options = new DesignOptions { Starts = 3, Steps = 4, Seed = 42 };
        var a = await Collect(Maximizer().DesignAsync(2, [FashionClass.Bag], options));
        var b = await Collect(Maximizer().DesignAsync(2, [FashionClass.Bag], options));
        Assert.Equal(a.SelectMany(f => f.Tiles).Select(t => Convert.ToHexString(t.Png)),
                     b.SelectMany(f => f.Tiles).Select(t => Convert.ToHexString(t.Png)));
    }

    [Fact]
    public async Task Concurrent_requests_interleave_without_changing_each_others_frames()
    {
        var options = new DesignOptions { Starts = 3, Steps = 5, Seed = 9 };
        var alone = await Collect(Maximizer().DesignAsync(1, [FashionClass.Shirt], options));
        var together = await Task.WhenAll(
            Collect(Maximizer().DesignAsync(1, [FashionClass.Shirt], options)),
            Collect(Maximizer().DesignAsync(0, [FashionClass.Sandal], options with { Seed = 10 })));
        Assert.Equal(alone.SelectMany(f => f.Tiles).Select(t => Convert.ToHexString(t.Pixels)),
                     together[0].SelectMany(f => f.Tiles).Select(t => Convert.ToHexString(t.Pixels)));
    }

    [Fact]
    public async Task A_different_seed_gives_different_starting_images()
    {
        var a = await Collect(Maximizer().DesignAsync(2, [FashionClass.Bag], new DesignOptions { Starts = 3, Steps = 0, Seed = 1 }));
        var b = await Collect(Maximizer().DesignAsync(2, [FashionClass.Bag], new DesignOptions { Starts = 3, Steps = 0, Seed = 2 }));
        Assert.NotEqual(Convert.ToHexString(a[0].Tiles[0].Pixels), Convert.ToHexString(b[0].Tiles[0].Pixels));
    }

    [Fact]
    public async Task A_group_category_spreads_its_fine_classes_over_the_starts()
    {
        var tops = Categories.ClassesIn(CategoryGroup.Tops);
        var frames = await Collect(Maximizer().DesignAsync(0, tops, new DesignOptions { Starts = 8, Steps = 1 }));
        var classes = frames[0].Tiles.Select(t => t.Class).ToArray();
        Assert.Equal(tops.Concat(tops), classes);
    }

    [Fact]
    public async Task Cancelling_ends_the_enumeration_with_OperationCanceledException_after_at_most_one_more_frame()
    {
        using var cts = new CancellationTokenSource();
        var seen = new List<int>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var frame in Maximizer().DesignAsync(0, [FashionClass.Coat], new DesignOptions { Starts = 2, Steps = 1000 }, cancellationToken: cts.Token))
            {
                seen.Add(frame.Step);
                if (frame.Step == 2) cts.Cancel();
            }
        });
        Assert.Equal([0, 1, 2], seen);
    }

    [Fact]
    public async Task An_extra_objective_term_is_added_and_reported()
    {
        var frames = await Collect(Maximizer().DesignAsync(0, [FashionClass.Trouser], new DesignOptions { Starts = 2, Steps = 0 },
            extraObjective: images => images.mean([1, 2, 3]).mul(0).add(5)));
        Assert.All(frames[0].Tiles, t =>
        {
            Assert.Equal(5, t.Extra, 5);
            Assert.Equal(t.Score - t.RealnessTerm + 5, t.Objective, 4);
        });
    }

    [Fact]
    public void A_shopper_out_of_range_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Maximizer().DesignAsync(99, [FashionClass.Bag]));
        Assert.Contains("Shopper must be in 0..2", e.Message);
    }

    [Fact]
    public void Options_with_no_starts_are_refused_with_a_clear_message()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new DesignOptions { Starts = 0 }.Validate());
        Assert.Contains("Starts must be in 1..256", e.Message);
    }

    [Fact]
    public async Task A_cancelled_design_leaves_no_live_tensors_behind()
    {
        long LiveTensors() => fixture.Worker.Run(() => TorchSharp.DisposeScopeManager.Statistics.TensorStatistics.ThreadTotalLiveCount);
        await Collect(Maximizer().DesignAsync(0, [FashionClass.Bag], new DesignOptions { Starts = 2, Steps = 2 })); // warm caches
        var before = LiveTensors();
        using var cts = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var frame in Maximizer().DesignAsync(0, [FashionClass.Bag], new DesignOptions { Starts = 2, Steps = 50 }, cancellationToken: cts.Token))
                if (frame.Step == 3) cts.Cancel();
        });
        await Collect(Maximizer().DesignAsync(0, [FashionClass.Bag], new DesignOptions { Starts = 2, Steps = 5 }));
        Assert.Equal(before, LiveTensors());
    }

    public void Dispose() => fixture.Worker.Run(() => { _models.Dispose(); return true; });
}
