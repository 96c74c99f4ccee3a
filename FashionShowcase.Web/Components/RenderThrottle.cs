namespace FashionShowcase.Web.Components;

/// <summary>
/// Coalesces re-render requests: a page fed many events per second renders at most once per
/// <paramref name="interval"/>, and always after the last event.
/// </summary>
public sealed class RenderThrottle(Func<Task> render, TimeSpan interval) : IDisposable
{
    private int _pending;
    private volatile bool _disposed;

    public void Request()
    {
        if (_disposed || Interlocked.Exchange(ref _pending, 1) == 1) return;
        _ = Task.Delay(interval).ContinueWith(async _ =>
        {
            Interlocked.Exchange(ref _pending, 0);
            if (!_disposed) await render();
        }, TaskScheduler.Default);
    }

    public void Dispose() => _disposed = true;
}
