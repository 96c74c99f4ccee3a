using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Core.Training;

/// <summary>A training run broken into steps, each small enough to run as one torch-worker item.</summary>
public interface ITrainingSession : IDisposable
{
    bool IsDone { get; }

    /// <summary>Runs one optimisation step (worker thread); returns an event when one is due.</summary>
    TrainingProgress? Step();

    /// <summary>Writes a checkpoint now if the session keeps them (worker thread).</summary>
    void Checkpoint();
}

/// <summary>
/// Drives a session on the torch worker one step per work item, at background priority, so that
/// interactive requests overtake training between steps. Checks cancellation every step; on
/// cancellation or failure the latest checkpoint is kept for a resume.
/// </summary>
public static class TrainingLoop
{
    public static async Task RunAsync(TorchWorker worker, ITrainingSession session, ITrainingListener? listener, CancellationToken cancellationToken)
    {
        while (!session.IsDone)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var progress = await worker.RunAsync(session.Step, WorkPriority.Background, cancellationToken).ConfigureAwait(false);
            if (progress is not null) listener?.OnProgress(progress);
        }
        await worker.RunAsync(session.Checkpoint, WorkPriority.Background, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Creates a session on the worker, runs it to the end, hands out its result and always disposes it there.</summary>
    public static async Task<TResult> RunAsync<TSession, TResult>(
        TorchWorker worker, Func<TSession> create, Func<TSession, TResult> finish, ITrainingListener? listener, CancellationToken cancellationToken)
        where TSession : ITrainingSession
    {
        var session = await worker.RunAsync(create, WorkPriority.Background, cancellationToken).ConfigureAwait(false);
        try
        {
            await RunAsync(worker, session, listener, cancellationToken).ConfigureAwait(false);
            return await worker.RunAsync(() => finish(session), WorkPriority.Background, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await worker.RunAsync(session.Dispose, WorkPriority.Background, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
