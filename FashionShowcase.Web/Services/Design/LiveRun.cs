using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Web.Services.Design;

/// <summary>
/// What a page's live run (a design, an alteration) has in common: one run at a time, a new start
/// cancels the previous one, disposing (the visitor left) cancels the work, and state changes are
/// announced through <see cref="Changed"/> (raised on a pool thread). A stale run, replaced by a
/// newer one, never touches the state.
/// </summary>
public abstract class LiveRun : IDisposable
{
    private CancellationTokenSource? _run;
    private CancellationToken _current;
    private bool _disposed;

    /// <summary>Raised after each frame and state change (any thread).</summary>
    public event Action? Changed;

    public LiveRunState State { get; private set; } = LiveRunState.Idle;

    /// <summary>Why the run could not go on, in words for the page.</summary>
    public string? Problem { get; private set; }

    /// <summary>Stops the current run, if any.</summary>
    public void Cancel() => _run?.Cancel();

    /// <summary>
    /// Cancels any run in progress, lets <paramref name="reset"/> clear the subclass's results, and runs
    /// <paramref name="body"/> on the pool. Returns when the run ends. Input the models refuse
    /// (ArgumentException and the like) becomes <see cref="Problem"/>, prefixed by <paramref name="failure"/>.
    /// </summary>
    protected Task Restart(Action reset, Func<CancellationToken, Task> body, string failure)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _run?.Cancel();
        _run?.Dispose();
        _run = new CancellationTokenSource();
        var token = _current = _run.Token;
        reset();
        Problem = null;
        State = LiveRunState.Running;
        RaiseChanged();
        return Task.Run(async () =>
        {
            try
            {
                await body(token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                if (IsCurrent(token)) State = LiveRunState.Cancelled;
                RaiseChanged();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or ObjectDisposedException)
            {
                Fail(token, failure + e.Message);
            }
        });
    }

    /// <summary>The run behind <paramref name="token"/> delivered its final frame.</summary>
    protected void Finish(CancellationToken token)
    {
        if (IsCurrent(token)) State = LiveRunState.Finished;
    }

    protected void Fail(CancellationToken token, string problem)
    {
        if (!IsCurrent(token)) return;
        Problem = problem;
        State = LiveRunState.Failed;
        RaiseChanged();
    }

    protected void RaiseChanged()
    {
        if (!_disposed) Changed?.Invoke();
    }

    /// <summary>The GAN and recommender of a leased bundle, or why it cannot be used to <paramref name="purpose"/>.</summary>
    protected static string? MissingModels(BundleLease? lease, string purpose,
        out ConditionalGenerator generator, out ConditionalDiscriminator discriminator, out ShopperRecommender recommender)
    {
        generator = null!;
        discriminator = null!;
        recommender = null!;
        if (lease is null) return "No model bundle is loaded.";
        if (lease.Bundle is not { Generator: { } g, Discriminator: { } d, Recommender: { } r })
            return $"The active model bundle has no GAN or no recommender, so it cannot {purpose}. Activate a bundle with both.";
        (generator, discriminator, recommender) = (g, d, r);
        return null;
    }

    private bool IsCurrent(CancellationToken token) => !_disposed && _current == token;

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Changed = null;
        _run?.Cancel();
        _run?.Dispose();
        _run = null;
        GC.SuppressFinalize(this);
    }
}
