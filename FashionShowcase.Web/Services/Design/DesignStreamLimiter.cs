using System.Threading.RateLimiting;
using FashionShowcase.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Web.Services.Design;

/// <summary>
/// Admission for design streams (System.Threading.RateLimiting): per client, a fixed window of
/// starts per minute and a concurrency limit; over all clients, a concurrency cap. Hub method
/// invocations do not pass through ASP.NET's rate-limiting middleware (it sees only the connection's
/// HTTP requests), so the hub asks this limiter for every stream.
/// </summary>
public sealed class DesignStreamLimiter : IDisposable
{
    private readonly DesignStreamOptions _options;
    private readonly PartitionedRateLimiter<string> _starts;
    private readonly PartitionedRateLimiter<string> _concurrent;
    private readonly ConcurrencyLimiter _all;
    private int _active;

    public DesignStreamLimiter(IOptions<DesignStreamOptions> options)
    {
        _options = options.Value;
        _starts = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = _options.StartsPerClient, Window = _options.StartsWindow, QueueLimit = 0 }));
        _concurrent = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetConcurrencyLimiter(client, _ =>
            new ConcurrencyLimiterOptions { PermitLimit = _options.MaxConcurrentPerClient, QueueLimit = 0 }));
        _all = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = _options.MaxConcurrentInAll, QueueLimit = 0 });
    }

    private long _completed;
    private long _stopped;

    /// <summary>Streams running now (admitted and not yet ended), over all clients.</summary>
    public int ActiveStreams => Volatile.Read(ref _active);

    /// <summary>Streams that sent their final frame.</summary>
    public long CompletedStreams => Interlocked.Read(ref _completed);

    /// <summary>Streams that ended before their final frame (cancelled, disconnected, failed).</summary>
    public long StoppedStreams => Interlocked.Read(ref _stopped);

    /// <summary>
    /// A permit for one stream of <paramref name="client"/> (call <see cref="DesignStreamPermit.Complete"/>
    /// after the final frame and dispose it when the stream ends), or the refusal in words.
    /// </summary>
    public (DesignStreamPermit? Permit, string? Refusal) TryAcquire(string client)
    {
        using var start = _starts.AttemptAcquire(client);
        if (!start.IsAcquired)
            return (null, $"Too many designs started: at most {_options.StartsPerClient} per {Describe(_options.StartsWindow)} per connection. Wait a moment and try again.");
        var mine = _concurrent.AttemptAcquire(client);
        if (!mine.IsAcquired)
        {
            mine.Dispose();
            return (null, $"Too many designs at once: at most {_options.MaxConcurrentPerClient} per connection. Let one finish or cancel it.");
        }
        var all = _all.AttemptAcquire();
        if (!all.IsAcquired)
        {
            all.Dispose();
            mine.Dispose();
            return (null, "The showcase is busy designing for other visitors. Try again in a few seconds.");
        }
        Interlocked.Increment(ref _active);
        return (new DesignStreamPermit(completed =>
        {
            if (completed) Interlocked.Increment(ref _completed);
            else Interlocked.Increment(ref _stopped);
            Interlocked.Decrement(ref _active);
            all.Dispose();
            mine.Dispose();
        }), null);
    }

    private static string Describe(TimeSpan window) =>
        window == TimeSpan.FromMinutes(1) ? "minute" : window.TotalSeconds < 120 ? $"{window.TotalSeconds:0} seconds" : $"{window.TotalMinutes:0} minutes";

    public void Dispose()
    {
        _starts.Dispose();
        _concurrent.Dispose();
        _all.Dispose();
    }
}

/// <summary>One admitted design stream; disposing it frees its place.</summary>
public sealed class DesignStreamPermit(Action<bool> release) : IDisposable
{
    private Action<bool>? _release = release;
    private bool _completed;

    /// <summary>The stream sent its final frame.</summary>
    public void Complete() => _completed = true;

    public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke(_completed);
}
