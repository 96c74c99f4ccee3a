using System.Diagnostics;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>
/// Times an action: a few warm-up runs (first-call allocations, oneDNN kernel selection, caches), then
/// the median of the measured runs — robust to a neighbour process stealing a core for a moment.
/// </summary>
internal static class MedianTiming
{
    public static double Seconds(Action action, int warmup, int repeats)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        for (int i = 0; i < warmup; i++) action();
        var times = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[i] = clock.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        return repeats % 2 == 1 ? times[repeats / 2] : (times[repeats / 2 - 1] + times[repeats / 2]) / 2;
    }
}
