using FashionShowcase.Core.Catalog;
using FashionShowcase.Web.Hubs;
using FashionShowcase.Web.Services.Design;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace FashionShowcase.Tests.Integration;

public sealed class DesignHubTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

    private static ShowcaseFactory Factory(int steps = 3, int perHour = 30, int concurrent = 2)
    {
        var factory = new ShowcaseFactory
        {
            Settings = new()
            {
                ["DesignStreams:Steps"] = steps.ToString(),
                ["DesignStreams:Starts"] = "4",
                ["DesignStreams:StartsPerClient"] = perHour.ToString(),
                // An hour, so that no window boundary falls inside a test.
                ["DesignStreams:StartsWindow"] = "01:00:00",
                ["DesignStreams:MaxConcurrentPerClient"] = concurrent.ToString(),
            },
        };
        TinyBundle.CopyTo(factory.ShippedBundleDirectory);
        return factory;
    }

    private static async Task<HubConnection> ConnectAsync(ShowcaseFactory factory)
    {
        var client = factory.CreateHubConnection(hub: "hubs/design");
        await client.StartAsync();
        return client;
    }

    private static async Task<List<DesignFrameMessage>> AllFramesAsync(HubConnection client, string shopper, string category, long seed)
    {
        var frames = new List<DesignFrameMessage>();
        await foreach (var frame in client.StreamAsync<DesignFrameMessage>("StreamDesign", shopper, category, seed).WithCancellation(new CancellationTokenSource(Patience).Token))
            frames.Add(frame);
        return frames;
    }

    [Fact]
    public async Task Design_frames_for_a_shopper_and_category_reach_a_hub_client()
    {
        await using var factory = Factory(steps: 3);
        await using var client = await ConnectAsync(factory);

        var frames = await AllFramesAsync(client, "0", "Shoes", 5);

        Assert.Equal([0, 1, 2, 3], frames.Select(f => f.Step));
        Assert.True(frames[^1].IsFinal);
        Assert.All(frames, f => Assert.Equal(4, f.Tiles.Count));
        Assert.All(frames[^1].Tiles, t => Assert.True(t.Png.AsSpan(0, 4).SequenceEqual(PngSignature)));
        Assert.All(frames[^1].Tiles, t => Assert.Equal(CategoryGroup.Shoes, Categories.GroupOf(Enum.Parse<FashionClass>(t.Class))));
        Assert.Equal([1, 2, 3, 4], frames[^1].Tiles.Select(t => t.Rank!.Value).Order());
    }

    [Fact]
    public async Task An_unknown_shopper_is_refused_with_the_accepted_forms()
    {
        await using var factory = Factory();
        await using var client = await ConnectAsync(factory);
        var error = await Assert.ThrowsAsync<HubException>(() => AllFramesAsync(client, "nobody", "Shoes", 1));
        Assert.Contains("Unknown shopper 'nobody'", error.Message);
    }

    [Fact]
    public async Task An_unknown_category_is_refused_with_the_accepted_names()
    {
        await using var factory = Factory();
        await using var client = await ConnectAsync(factory);
        var error = await Assert.ThrowsAsync<HubException>(() => AllFramesAsync(client, "0", "Hats", 1));
        Assert.Contains("Unknown category 'Hats'", error.Message);
        Assert.DoesNotContain("Parameter", error.Message);
    }

    [Fact]
    public async Task Starting_more_designs_per_window_than_allowed_is_refused()
    {
        await using var factory = Factory(steps: 1, perHour: 1);
        await using var client = await ConnectAsync(factory);
        await AllFramesAsync(client, "0", "Bags", 1);
        var error = await Assert.ThrowsAsync<HubException>(() => AllFramesAsync(client, "0", "Bags", 2));
        Assert.Contains("at most 1 per 60 minutes", error.Message);
    }

    [Fact]
    public async Task A_second_design_at_once_beyond_the_connections_limit_is_refused()
    {
        await using var factory = Factory(steps: 1000, concurrent: 1);
        await using var client = await ConnectAsync(factory);
        using var first = new CancellationTokenSource();
        await using var running = client.StreamAsync<DesignFrameMessage>("StreamDesign", "0", "Tops", 1L, first.Token).GetAsyncEnumerator(first.Token);
        Assert.True(await running.MoveNextAsync());

        var error = await Assert.ThrowsAsync<HubException>(() => AllFramesAsync(client, "0", "Tops", 2));
        Assert.Contains("at most 1 per connection", error.Message);
        first.Cancel();
    }

    [Fact]
    public async Task Cancelling_a_stream_stops_the_search_before_its_final_frame()
    {
        await using var factory = Factory(steps: 1000);
        var limiter = factory.Services.GetRequiredService<DesignStreamLimiter>();
        await using var client = await ConnectAsync(factory);
        using var cancel = new CancellationTokenSource();
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.StreamAsync<DesignFrameMessage>("StreamDesign", "0", "Dresses", 3L, cancel.Token))
                if (++received == 2) cancel.Cancel();
        });

        // The server's iterator has ended (its permit returned) without sending the final frame.
        while (limiter.ActiveStreams > 0) await Task.Delay(20).WaitAsync(Patience);
        Assert.Equal(1, limiter.StoppedStreams);
        Assert.Equal(0, limiter.CompletedStreams);
    }
}
