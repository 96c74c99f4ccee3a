using System.Diagnostics;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>Median wall-clock and process CPU seconds of one run.</summary>
internal readonly record struct Timing(double WallSeconds, double CpuSeconds);

/// <summary>
/// Times an action: a few warm-up runs (first-call allocations, oneDNN kernel selection, caches), then
/// the medians of the measured runs — robust to a neighbour process stealing a core for a moment.
/// Process CPU time is kept beside wall time: on a busy machine wall time says how long we waited,
/// CPU time how much work the runs really cost.
/// </summary>
internal static class MedianTiming
{
    public static Timing Measure(Action action, int warmup, int repeats)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        for (int i = 0; i < warmup; i++) action();
        var walls = new double[repeats];
        var cpus = new double[repeats];
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < repeats; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            walls[i] = clock.Elapsed.TotalSeconds;
            process.Refresh();
            cpus[i] = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        }
        return new Timing(Median(walls), Median(cpus));
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        int n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
