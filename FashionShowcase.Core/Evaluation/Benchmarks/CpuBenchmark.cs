using System.Globalization;
using FashionShowcase.Core.Runtime;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>
/// `fashion bench`: how fast this machine trains the GAN, next to what its BLAS can do at best. Both
/// rates come from the same process and the same threads, so their ratio says how much of the machine
/// the GAN step uses. Worker thread; about half a minute on 2 idle cores with the defaults.
/// </summary>
public static class CpuBenchmark
{
    public static CpuBenchmarkResult Run(CpuBenchmarkOptions options, Device device)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Seeds.Apply(options.Seed);
        var (matmulGflops, matmulTiming) = MatmulBenchmark.Measure(options.MatmulSize, device, warmup: 2, options.MatmulRepeats);

        var flops = GanStepFlops.For(options.Gan);
        using var step = new LsganStep(options.Gan, device, options.ChannelsLast, options.FreezeDiscriminatorForGenerator);
        var timing = MedianTiming.Measure(() =>
        {
            var (lossD, lossG) = step.Run();
            if (!double.IsFinite(lossD) || !double.IsFinite(lossG))
                throw new InvalidOperationException($"The benchmark's GAN step produced a non-finite loss (D {lossD}, G {lossG}).");
        }, options.StepWarmup, options.StepRepeats);

        var batch = options.Gan.BatchSize;
        double stepFlops = (double)flops.StepFlopsPerImage * batch;
        double matmulFlops = 2.0 * options.MatmulSize * options.MatmulSize * options.MatmulSize;
        return new CpuBenchmarkResult
        {
            MatmulGflops = matmulGflops,
            MatmulSize = options.MatmulSize,
            GanStepImagesPerSecond = batch / timing.WallSeconds,
            GanStepGflops = stepFlops / timing.WallSeconds / 1e9,
            GanStepSeconds = timing.WallSeconds,
            GanStepFlopsPerImage = flops.StepFlopsPerImage,
            GanStepCpuSeconds = timing.CpuSeconds,
            GanStepCpuEfficiencyVsMatmul = timing.CpuSeconds > 0 && matmulTiming.CpuSeconds > 0
                ? (stepFlops / timing.CpuSeconds) / (matmulFlops / matmulTiming.CpuSeconds) : 0,
            BatchSize = batch,
            Width = options.Gan.Width,
            LatentSize = options.Gan.LatentSize,
            ChannelsLast = options.ChannelsLast,
            FreezeDiscriminatorForGenerator = options.FreezeDiscriminatorForGenerator,
            OmpWaitPolicy = OpenMpWaitPolicy.Current,
            LoadAverage1m = LoadAverage(),
            Threads = get_num_threads(),
            Device = device.type.ToString().ToLowerInvariant(),
        };
    }

    private static double? LoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
