using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Web.Services.Design;

/// <summary>
/// One page's live design: runs Core's preference maximisation for a request on the active bundle
/// and keeps the latest frame for the page to draw. A new request cancels the previous one;
/// disposing (the visitor left) cancels the work within one step. <see cref="Changed"/> is raised
/// on a pool thread after every frame and state change: pages re-render through InvokeAsync.
/// </summary>
public sealed class LiveDesignSession(TorchWorker worker, ActiveBundle bundle, DesignOptions? options = null) : LiveRun
{
    private readonly DesignOptions _options = (options ?? new DesignOptions()).Validated();

    public DesignRequest? Request { get; private set; }

    /// <summary>The newest frame of the current request (null before the first one).</summary>
    public DesignFrame? Latest { get; private set; }

    /// <summary>Lowest and highest learned score seen in this request: a fixed scale for score bars, so bars grow as designs improve.</summary>
    public (double Low, double High) ScoreRange { get; private set; }

    /// <summary>Starts designing for <paramref name="request"/>, cancelling any design in progress. Returns when the run ends.</summary>
    public Task StartAsync(DesignRequest request) => Restart(
        reset: () =>
        {
            Request = request;
            Latest = null;
        },
        body: token => RunAsync(request, token),
        failure: "The design failed: ");

    private async Task RunAsync(DesignRequest request, CancellationToken cancellationToken)
    {
        using var lease = bundle.Acquire();
        if (MissingModels(lease, "design", out var generator, out var discriminator, out var recommender) is { } problem)
        {
            Fail(cancellationToken, problem);
            return;
        }
        var maximizer = new PreferenceMaximizer(worker, generator, discriminator, recommender.Preference);
        var classes = Categories.ClassesIn(request.Group);
        await foreach (var frame in maximizer.DesignAsync(request.Shopper, classes, _options with { Seed = request.Seed }, cancellationToken: cancellationToken))
        {
            var low = frame.Tiles.Min(t => t.Score);
            var high = frame.Tiles.Max(t => t.Score);
            ScoreRange = Latest is null ? (low, high) : (Math.Min(ScoreRange.Low, low), Math.Max(ScoreRange.High, high));
            Latest = frame;
            if (frame.IsFinal) Finish(cancellationToken);
            RaiseChanged();
        }
    }
}
