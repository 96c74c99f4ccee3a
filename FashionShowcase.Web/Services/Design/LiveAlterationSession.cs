using FashionShowcase.Core.Design;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Web.Services.Design;

/// <summary>
/// One page's personalised alteration: scores the original for the shopper, runs Core's inversion
/// and alteration on the active bundle, keeps every frame (the page's slider walks through them)
/// and scores the result. A new start cancels the previous one; disposing cancels the work.
/// <see cref="Changed"/> is raised on a pool thread.
/// </summary>
public sealed class LiveAlterationSession(TorchWorker worker, ActiveBundle bundle, AlterationOptions? options = null) : IDisposable
{
    private readonly AlterationOptions _options = (options ?? new AlterationOptions()).Validated();
    private CancellationTokenSource? _run;
    private List<AlterationFrame> _frames = [];
    private bool _disposed;

    public event Action? Changed;

    public LiveRunState State { get; private set; } = LiveRunState.Idle;

    public string? Problem { get; private set; }

    public AlterationSubject? Subject { get; private set; }

    public int Shopper { get; private set; }

    /// <summary>The trajectory so far: step 0 is the reconstruction, the last the altered item once finished.</summary>
    public IReadOnlyList<AlterationFrame> Frames => _frames;

    /// <summary>The original's scores (set first).</summary>
    public AlterationScores? Before { get; private set; }

    /// <summary>The altered item's scores (set with the final frame).</summary>
    public AlterationScores? After { get; private set; }

    public Task StartAsync(int shopper, AlterationSubject subject)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _run?.Cancel();
        _run?.Dispose();
        var run = _run = new CancellationTokenSource();
        Subject = subject;
        Shopper = shopper;
        _frames = [];
        Before = After = null;
        Problem = null;
        State = LiveRunState.Running;
        Changed?.Invoke();
        return Task.Run(() => RunAsync(shopper, subject, run.Token));
    }

    private async Task RunAsync(int shopper, AlterationSubject subject, CancellationToken cancellationToken)
    {
        var frames = _frames;
        try
        {
            using var lease = bundle.Acquire();
            if (lease?.Bundle is not { Generator: { } generator, Discriminator: { } discriminator, Recommender: { } recommender })
            {
                Fail(lease is null
                    ? "No model bundle is loaded."
                    : "The active model bundle has no GAN or no recommender, so it cannot alter items. Activate a bundle with both.");
                return;
            }
            var oracle = recommender.Shoppers.Oracle;
            var learned = await worker.RunAsync(() => recommender.ScoreImage(shopper, subject.Pixels), WorkPriority.Interactive, cancellationToken);
            Before = Scores(learned, subject.Pixels);
            Changed?.Invoke();

            var alteration = new PersonalAlteration(worker, generator, discriminator, recommender.Preference);
            await foreach (var frame in alteration.AlterAsync(shopper, subject.Pixels, subject.Class, _options, cancellationToken))
            {
                frames.Add(frame);
                if (frame.IsFinal)
                {
                    After = Scores(frame.Score, frame.Pixels);
                    State = LiveRunState.Finished;
                }
                Changed?.Invoke();
            }

            AlterationScores Scores(double learnedScore, byte[] pixels)
            {
                var truth = oracle.Score(shopper, pixels, subject.Class);
                return new AlterationScores(learnedScore, truth, oracle.Percentile(shopper, truth, subject.Class));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            if (ReferenceEquals(frames, _frames)) State = LiveRunState.Cancelled;
            if (!_disposed) Changed?.Invoke();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ObjectDisposedException)
        {
            Fail("The alteration failed: " + e.Message);
        }

        void Fail(string problem)
        {
            if (!ReferenceEquals(frames, _frames)) return;
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
