using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Web.Configuration;
using FashionShowcase.Web.Services;
using FashionShowcase.Web.Services.Design;
using FashionShowcase.Web.Services.Shoppers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Tests.Integration;

/// <summary>The active tiny showcase bundle, loaded the way the app loads it (with the catalog, so with its recommender).</summary>
public sealed class TinyActiveBundleFixture : IAsyncLifetime
{
    private readonly string _root = TinyData.TempDirectory("visitor");

    public TorchWorker Worker { get; } = new(new TorchRuntimeOptions { Device = "cpu" });

    public ActiveBundle Bundle { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await TinyShowcaseBundle.BuildAsync(Path.Combine(_root, "models", "shipped"), Worker);
        var paths = new PathsOptions { ModelsDirectory = Path.Combine(_root, "models"), RunsDirectory = Path.Combine(_root, "runs") };
        Bundle = new ActiveBundle(Worker, Options.Create(paths), NullLogger<ActiveBundle>.Instance, new ShopCatalog(ShopperTestData.Catalog));
        await Bundle.StartAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Bundle.Dispose();
        Worker.Dispose();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class VisitorServicesTests(TinyActiveBundleFixture tiny) : IClassFixture<TinyActiveBundleFixture>
{
    private static readonly DesignOptions Short = new() { Starts = 4, Steps = 3 };

    private int NightOwl()
    {
        using var lease = tiny.Bundle.Acquire()!;
        return ShopperProfiles.Find(lease.Bundle.Recommender!, "night-owl", out _)!.Shopper;
    }

    [Fact]
    public void The_active_bundle_loads_the_recommender_when_it_has_the_catalog()
    {
        using var lease = tiny.Bundle.Acquire();
        Assert.NotNull(lease?.Bundle.Recommender);
    }

    [Fact]
    public void There_is_a_profile_per_persona_with_its_representatives_history()
    {
        using var lease = tiny.Bundle.Acquire()!;
        var recommender = lease.Bundle.Recommender!;
        var profiles = ShopperProfiles.All(recommender);
        Assert.Equal(recommender.Shoppers.Population.Personas.Select(p => p.Id), profiles.Select(p => p.PersonaId));
        var owl = profiles.Single(p => p.PersonaId == "night-owl");
        Assert.Equal(recommender.Shoppers.Population.RepresentativeOf("night-owl"), owl.Shopper);
        Assert.Equal(recommender.Shoppers.Split.Train(owl.Shopper).Take(ShopperProfiles.StripLength), owl.History);
    }

    [Fact]
    public void An_unknown_shopper_in_the_address_gives_a_message_naming_the_personas()
    {
        using var lease = tiny.Bundle.Acquire()!;
        Assert.Null(ShopperProfiles.Find(lease.Bundle.Recommender!, "nobody", out var problem));
        Assert.Contains("Unknown shopper 'nobody'", problem);
        Assert.Contains("night-owl", problem);
    }

    [Fact]
    public void An_items_fans_are_ranked_by_their_learned_score()
    {
        using var lease = tiny.Bundle.Acquire()!;
        var recommender = lease.Bundle.Recommender!;
        var fans = ShopperProfiles.FansOf(recommender, 7);
        Assert.Equal(recommender.Shoppers.Population.Personas.Count, fans.Count);
        Assert.Equal(fans.OrderByDescending(f => f.Score).Select(f => f.PersonaId), fans.Select(f => f.PersonaId));
        Assert.All(fans, f => Assert.Equal(recommender.Score(f.Shopper, 7), f.Score));
    }

    [Fact]
    public async Task A_live_design_ends_with_a_ranked_final_frame_and_the_same_seed_gives_the_same_designs()
    {
        var request = new DesignRequest(NightOwl(), CategoryGroup.Shoes, Seed: 3);
        using var first = new LiveDesignSession(tiny.Worker, tiny.Bundle, Short);
        using var second = new LiveDesignSession(tiny.Worker, tiny.Bundle, Short);
        var steps = new List<int>();
        first.Changed += () => { if (first.Latest is { } f) lock (steps) steps.Add(f.Step); };

        await first.StartAsync(request);
        await second.StartAsync(request);

        Assert.Equal(LiveRunState.Finished, first.State);
        Assert.Equal(0, steps.Distinct().First());
        Assert.True(first.Latest!.IsFinal);
        Assert.All(first.Latest.Tiles, t => Assert.Equal(CategoryGroup.Shoes, Categories.GroupOf(t.Class)));
        Assert.Equal(first.Latest.Tiles.Select(t => Convert.ToBase64String(t.Png)), second.Latest!.Tiles.Select(t => Convert.ToBase64String(t.Png)));
    }

    [Fact]
    public async Task Disposing_a_design_session_cancels_its_design()
    {
        var session = new LiveDesignSession(tiny.Worker, tiny.Bundle, new DesignOptions { Starts = 4, Steps = 10_000 });
        var firstFrame = new TaskCompletionSource();
        session.Changed += () => { if (session.Latest is not null) firstFrame.TrySetResult(); };
        var run = session.StartAsync(new DesignRequest(NightOwl(), CategoryGroup.Tops, 1));
        await firstFrame.Task;

        session.Dispose();
        await run;

        Assert.NotEqual(LiveRunState.Finished, session.State);
        Assert.False(session.Latest!.IsFinal);
    }

    [Fact]
    public async Task An_alteration_scores_the_original_and_the_result()
    {
        using var lease = tiny.Bundle.Acquire()!;
        var catalog = ShopperTestData.Catalog;
        var subject = new AlterationSubject("item 0", 0, catalog.Image(0).ToArray(), [1], catalog.Label(0));
        using var session = new LiveAlterationSession(tiny.Worker, tiny.Bundle, new AlterationOptions { Steps = 2, Inversion = new InversionOptions { Steps = 3 } });

        await session.StartAsync(NightOwl(), subject);

        Assert.Equal(LiveRunState.Finished, session.State);
        Assert.Equal(3, session.Frames.Count);
        Assert.Equal(lease.Bundle.Recommender!.Shoppers.Oracle.Score(NightOwl(), subject.Pixels, subject.Class), session.Before!.True);
        Assert.Equal(session.Frames[^1].Score, session.After!.Learned);
        Assert.NotNull(session.Frames[^1].DifferencePng);
    }

    [Fact]
    public async Task An_upload_that_is_not_an_image_is_refused_with_a_message_for_the_visitor()
    {
        var reader = new UploadedItemReader(tiny.Worker, tiny.Bundle);
        var e = await Assert.ThrowsAsync<InvalidUploadException>(() => reader.ReadAsync("hello"u8.ToArray(), "photo.png", null));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public async Task An_upload_without_a_category_gets_the_classifiers_guess()
    {
        var png = ImageCodec.EncodeGrey(ShopperTestData.Catalog.Image(0), DataSplit.Side, DataSplit.Side);
        var upload = await new UploadedItemReader(tiny.Worker, tiny.Bundle).ReadAsync(png, "boot.png", null);
        Assert.NotNull(upload.Prediction);
        Assert.Equal(upload.Prediction!.Class, upload.Subject.Class);
        Assert.InRange(upload.Prediction.Confidence, 0, 1);
    }
}
