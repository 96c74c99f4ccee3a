using FashionShowcase.Core.Design;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Web.Services.Design;

/// <summary>
/// One page's personalised alteration: scores the original for the shopper, runs Core's inversion
/// and alteration on the active bundle, keeps every frame (the page's slider walks through them)
/// and scores the result. A new start cancels the previous one; disposing cancels the work.
/// <see cref="Changed"/> is raised on a pool thread.
/// </summary>
public sealed class LiveAlterationSession(TorchWorker worker, ActiveBundle bundle, AlterationOptions? options = null) : LiveRun
{
    private readonly AlterationOptions _options = (options ?? new AlterationOptions()).Validated();
    private List<AlterationFrame> _frames = [];

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
        // This run's own list: a replaced run must never append to its successor's frames.
        var frames = new List<AlterationFrame>();
        return Restart(
            reset: () =>
            {
                Subject = subject;
                Shopper = shopper;
                _frames = frames;
                Before = After = null;
            },
            body: token => RunAsync(shopper, subject, frames, token),
            failure: "The alteration failed: ");
    }

    private async Task RunAsync(int shopper, AlterationSubject subject, List<AlterationFrame> frames, CancellationToken cancellationToken)
    {
        using var lease = bundle.Acquire();
        if (MissingModels(lease, "alter items", out var generator, out var discriminator, out var recommender) is { } problem)
        {
            Fail(cancellationToken, problem);
            return;
        }
        var oracle = recommender.Shoppers.Oracle;
        var learned = await worker.RunAsync(() => recommender.ScoreImage(shopper, subject.Pixels), WorkPriority.Interactive, cancellationToken);
        Before = Scores(learned, subject.Pixels);
        RaiseChanged();

        var alteration = new PersonalAlteration(worker, generator, discriminator, recommender.Preference);
        await foreach (var frame in alteration.AlterAsync(shopper, subject.Pixels, subject.Class, _options, cancellationToken))
        {
            frames.Add(frame);
            if (frame.IsFinal)
            {
                After = Scores(frame.Score, frame.Pixels);
                Finish(cancellationToken);
            }
            RaiseChanged();
        }

        AlterationScores Scores(double learnedScore, byte[] pixels)
        {
            var truth = oracle.Score(shopper, pixels, subject.Class);
            return new AlterationScores(learnedScore, truth, oracle.Percentile(shopper, truth, subject.Class));
        }
    }
}
