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
public sealed class LiveDesignSession(TorchWorker worker, ActiveBundle bundle, DesignOptions? options = null) : IDisposable
{
    private readonly DesignOptions _options = (options ?? new DesignOptions()).Validated();
    private CancellationTokenSource? _run;
    private bool _disposed;

    /// <summary>Raised after each frame and state change (any thread).</summary>
    public event Action? Changed;

    public LiveRunState State { get; private set; } = LiveRunState.Idle;

    /// <summary>Why the design could not run, in words for the page.</summary>
    public string? Problem { get; private set; }

    public DesignRequest? Request { get; private set; }

    /// <summary>The newest frame of the current request (null before the first one).</summary>
    public DesignFrame? Latest { get; private set; }

    /// <summary>Lowest and highest learned score seen in this request: a fixed scale for score bars, so bars grow as designs improve.</summary>
    public (double Low, double High) ScoreRange { get; private set; }

    /// <summary>Starts designing for <paramref name="request"/>, cancelling any design in progress. Returns when the run ends.</summary>
    public Task StartAsync(DesignRequest request)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _run?.Cancel();
        _run?.Dispose();
        var run = _run = new CancellationTokenSource();
        Request = request;
        Latest = null;
        Problem = null;
        State = LiveRunState.Running;
        Changed?.Invoke();
        return Task.Run(() => RunAsync(request, run.Token));
    }

    /// <summary>Stops the current design, if any.</summary>
    public void Cancel() => _run?.Cancel();

    private async Task RunAsync(DesignRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var lease = bundle.Acquire();
            if (lease?.Bundle is not { Generator: { } generator, Discriminator: { } discriminator, Recommender: { } recommender })
            {
                Fail(lease is null
                    ? "No model bundle is loaded."
                    : "The active model bundle has no GAN or no recommender, so it cannot design. Activate a bundle with both.");
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
                if (frame.IsFinal) State = LiveRunState.Finished;
                Changed?.Invoke();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (Request == request) State = LiveRunState.Cancelled;
            if (!_disposed) Changed?.Invoke();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ObjectDisposedException)
        {
            Fail("The design failed: " + e.Message);
        }

        void Fail(string problem)
        {
            if (Request != request) return;
            Problem = problem;
            State = LiveRunState.Failed;
            Changed?.Invoke();
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Changed = null;
        _run?.Cancel();
        _run?.Dispose();
        _run = null;
    }
}
