using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace FashionShowcase.Cli.LoadTest;

/// <summary>What the load test measured: per-client times and errors, and their percentiles.</summary>
public sealed record DesignLoadTestResult(
    int Clients,
    int Completed,
    IReadOnlyList<string> Errors,
    IReadOnlyList<double> FirstFrameMs,
    IReadOnlyList<double> FinalFrameMs,
    double WallSeconds)
{
    public double? FirstFrameP50 => Percentile.NearestRank(FirstFrameMs, 50);
    public double? FirstFrameP95 => Percentile.NearestRank(FirstFrameMs, 95);
    public double? FinalFrameP50 => Percentile.NearestRank(FinalFrameMs, 50);
    public double? FinalFrameP95 => Percentile.NearestRank(FinalFrameMs, 95);
}

/// <summary>
/// N SignalR clients, each on its own connection to /hubs/design, start one design at the same
/// moment and read it to the final frame. Times are from the stream's invocation.
/// </summary>
public static class DesignLoadTest
{
    public const string HubPath = "hubs/design";

    public static async Task<DesignLoadTestResult> RunAsync(DesignLoadTestOptions options, CancellationToken cancellationToken = default)
    {
        options.Validate();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        var hub = new Uri(options.Url, HubPath);
        var connections = Enumerable.Range(0, options.Clients)
            .Select(_ => new HubConnectionBuilder().WithUrl(hub).Build())
            .ToArray();
        var clock = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(connections.Select(c => c.StartAsync(deadline.Token)));
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var clients = connections.Select((c, i) => DesignAsync(c, options, seed: i + 1, go.Task, deadline.Token)).ToArray();
            go.SetResult();
            var outcomes = await Task.WhenAll(clients);
            return new DesignLoadTestResult(
                options.Clients,
                outcomes.Count(o => o.Error is null),
                outcomes.Where(o => o.Error is not null).Select(o => o.Error!).ToArray(),
                outcomes.Where(o => o.FirstMs is not null).Select(o => o.FirstMs!.Value).ToArray(),
                outcomes.Where(o => o.Error is null && o.FinalMs is not null).Select(o => o.FinalMs!.Value).ToArray(),
                clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // Connecting failed (server down, or the deadline passed while connecting): nothing was measured.
            return new DesignLoadTestResult(options.Clients, 0, [$"connecting to {hub}: {e.Message}"], [], [], clock.Elapsed.TotalSeconds);
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    private static async Task<(double? FirstMs, double? FinalMs, string? Error)> DesignAsync(
        HubConnection connection, DesignLoadTestOptions options, long seed, Task go, CancellationToken cancellationToken)
    {
        await go;
        var clock = Stopwatch.StartNew();
        double? first = null;
        try
        {
            await foreach (var frame in connection.StreamAsync<FrameProbe>("StreamDesign", options.Shopper, options.Category, seed, cancellationToken))
            {
                first ??= clock.Elapsed.TotalMilliseconds;
                if (frame.IsFinal) return (first, clock.Elapsed.TotalMilliseconds, null);
            }
            return (first, null, "the stream ended without a final frame");
        }
        catch (OperationCanceledException)
        {
            return (first, null, $"not finished within {options.Timeout.TotalSeconds:0} s");
        }
        catch (Exception e)
        {
            return (first, null, e.Message);
        }
    }

    /// <summary>The only fields the load test reads from a design frame.</summary>
    private sealed record FrameProbe(int Step, bool IsFinal);
}

/// <summary>Percentiles by the nearest-rank method (a value that was measured, no interpolation).</summary>
public static class Percentile
{
    public static double? NearestRank(IReadOnlyList<double> values, double percent)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
