using System.Diagnostics;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using TorchSharp;

namespace FashionShowcase.Core.Design;

/// <summary>
/// Measures design_first_frame_ms and design_full_ms (medians) the way a page experiences them:
/// from the request to the first frame and to the final frame, PNG encoding included.
/// </summary>
public static class DesignBenchmark
{
    /// <summary>Times <paramref name="repeats"/> searches after <paramref name="warmup"/> untimed ones.</summary>
    public static async Task<DesignBenchmarkResult> RunAsync(
        PreferenceMaximizer maximizer,
        DesignOptions options,
        int repeats = 5,
        int warmup = 1,
        string models = "given",
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        options.Validate();
        var first = new List<double>();
        var full = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (int run = 0; run < warmup + repeats; run++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            double firstMs = double.NaN;
            int frames = 0;
            await foreach (var _ in maximizer.DesignAsync(0, [FashionClass.Sneaker], options with { Seed = options.Seed + run }, cancellationToken: cancellationToken))
            {
                if (frames++ == 0) firstMs = clock.Elapsed.TotalMilliseconds;
            }
            var fullMs = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            var cpuMs = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
            if (run < warmup) continue;
            first.Add(firstMs);
            full.Add(fullMs);
            cpu.Add(cpuMs);
        }
        var worker = maximizer.Worker;
        return new DesignBenchmarkResult(Median(first), Median(full), first, full, Median(cpu), options.Starts, options.Steps,
            worker.Threads, worker.Device.type.ToString(), models);
    }

    /// <summary>
    /// Times the search with freshly initialised G and D of a preset and a DVBPR-sized stand-in
    /// θuᵀΦ (the cost does not depend on trained weights), so speed can be measured without a bundle.
    /// </summary>
    public static async Task<DesignBenchmarkResult> RunStandInAsync(
        TorchWorker worker,
        string preset = "cpu",
        DesignOptions? options = null,
        int repeats = 5,
        int warmup = 1,
        CancellationToken cancellationToken = default)
    {
        options ??= new DesignOptions();
        var config = GanConfig.Preset(preset);
        var (g, d, p) = await worker.RunAsync(() =>
        {
            var generator = new ConditionalGenerator(config);
            var discriminator = new ConditionalDiscriminator(config);
            var preference = new StandInPreferenceModel(shoppers: 4);
            generator.to(worker.Device).eval();
            discriminator.to(worker.Device).eval();
            preference.to(worker.Device);
            return (generator, discriminator, preference);
        }, WorkPriority.Interactive, cancellationToken);
        try
        {
            return await RunAsync(new PreferenceMaximizer(worker, g, d, p), options, repeats, warmup,
                $"untrained G/D preset '{preset}' + DVBPR-sized stand-in Φ (conv 32/64, hidden 256, K = 100)", cancellationToken);
        }
        finally
        {
            await worker.RunAsync(() =>
            {
                g.Dispose();
                d.Dispose();
                p.Dispose();
            }, WorkPriority.Interactive, CancellationToken.None);
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
