namespace FashionShowcase.Web.Services.Training;

/// <summary>
/// In-process fan-out of run events. The coordinator publishes; Blazor pages and the hub
/// broadcaster subscribe. A slow or failing subscriber is logged and never stops the others or
/// the training.
/// </summary>
public sealed class TrainingNotifier(ILogger<TrainingNotifier> logger)
{
    private readonly object _gate = new();
    private volatile Subscriber[] _subscribers = [];

    /// <summary>Called when a run's state changes (queued, running, finished…).</summary>
    public IDisposable Subscribe(Func<RunSummary, Task>? onState, Func<RunProgress, Task>? onProgress)
    {
        var subscriber = new Subscriber(onState, onProgress);
        lock (_gate) _subscribers = [.. _subscribers, subscriber];
        return new Subscription(() =>
        {
            lock (_gate) _subscribers = _subscribers.Where(s => s != subscriber).ToArray();
        });
    }

    public Task PublishStateAsync(RunSummary run) =>
        Fan(s => s.OnState is null ? Task.CompletedTask : s.OnState(run));

    public Task PublishProgressAsync(RunProgress progress) =>
        Fan(s => s.OnProgress is null ? Task.CompletedTask : s.OnProgress(progress));

    private async Task Fan(Func<Subscriber, Task> send)
    {
        foreach (var subscriber in _subscribers)
        {
            try
            {
                await send(subscriber);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "A training event subscriber failed");
            }
        }
    }

    private sealed record Subscriber(Func<RunSummary, Task>? OnState, Func<RunProgress, Task>? OnProgress);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? _unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
    }
}
