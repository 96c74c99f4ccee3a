using FashionShowcase.Core.Design;
using FashionShowcase.Core.Runtime;
using Xunit.Abstractions;

namespace FashionShowcase.Tests.Unit.Design;

/// <summary>
/// Checks the benchmark helper on the tiny preset. With FASHION_DESIGN_BENCH=1 it measures the
/// real configuration (cpu preset, S = 16, T = 40) on its own worker with FASHION_DESIGN_BENCH_THREADS
/// libtorch threads (default 2) and prints the numbers; it never asserts a time (machines differ).
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class DesignBenchmarkTests(TorchWorkerFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_benchmark_reports_medians_of_positive_first_frame_and_full_times()
    {
        var measure = Environment.GetEnvironmentVariable("FASHION_DESIGN_BENCH") == "1";
        DesignBenchmarkResult result;
        if (measure)
        {
            var threads = int.TryParse(Environment.GetEnvironmentVariable("FASHION_DESIGN_BENCH_THREADS"), out var t) ? t : 2;
            using var worker = new TorchWorker(new TorchRuntimeOptions { Device = "cpu", Threads = threads });
            result = await DesignBenchmark.RunStandInAsync(worker, "cpu", new DesignOptions { Starts = 16, Steps = 40 }, repeats: 7, warmup: 2);
        }
        else
        {
            result = await DesignBenchmark.RunStandInAsync(fixture.Worker, "tiny", new DesignOptions { Starts = 2, Steps = 3 }, repeats: 3, warmup: 0);
        }
        output.WriteLine($"{result.Models}, S = {result.Starts}, T = {result.Steps}, {result.Threads} threads, {result.Device}");
        output.WriteLine($"design_first_frame_ms median {result.FirstFrameMs:0.0} (samples {string.Join(", ", result.FirstFrameSamplesMs.Select(v => v.ToString("0.0")))})");
        output.WriteLine($"design_full_ms median {result.FullMs:0.0} (samples {string.Join(", ", result.FullSamplesMs.Select(v => v.ToString("0.0")))})");
        output.WriteLine($"design_full_cpu_ms median {result.FullCpuMs:0.0}");
        Assert.Equal(measure ? 7 : 3, result.FullSamplesMs.Count);
        Assert.All(result.FirstFrameSamplesMs.Zip(result.FullSamplesMs), s => Assert.InRange(s.First, 0.0, s.Second));
        Assert.InRange(result.FirstFrameMs, 0.0, result.FullMs);
        Assert.True(result.FullCpuMs > 0);
    }
}
