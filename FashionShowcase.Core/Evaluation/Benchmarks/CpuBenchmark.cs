using FashionShowcase.Core.Runtime;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>
/// `fashion bench`: how fast this machine trains the GAN, next to what its BLAS can do at best. Both
/// rates come from the same process and the same threads, so their ratio says how much of the machine
/// the GAN step uses. Worker thread; about half a minute on 2 cores with the defaults.
/// </summary>
public static class CpuBenchmark
{
    public static CpuBenchmarkResult Run(CpuBenchmarkOptions options, Device device)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Seeds.Apply(options.Seed);
        var matmul = MatmulBenchmark.Gflops(options.MatmulSize, device, warmup: 2, options.MatmulRepeats);

        var flops = GanStepFlops.For(options.Gan);
        using var step = new LsganStep(options.Gan, device, options.ChannelsLast);
        var seconds = MedianTiming.Seconds(() =>
        {
            var (lossD, lossG) = step.Run();
            if (!double.IsFinite(lossD) || !double.IsFinite(lossG))
                throw new InvalidOperationException($"The benchmark's GAN step produced a non-finite loss (D {lossD}, G {lossG}).");
        }, options.StepWarmup, options.StepRepeats);

        var batch = options.Gan.BatchSize;
        return new CpuBenchmarkResult
        {
            MatmulGflops = matmul,
            MatmulSize = options.MatmulSize,
            GanStepImagesPerSecond = batch / seconds,
            GanStepGflops = (double)flops.StepFlopsPerImage * batch / seconds / 1e9,
            GanStepSeconds = seconds,
            GanStepFlopsPerImage = flops.StepFlopsPerImage,
            BatchSize = batch,
            Width = options.Gan.Width,
            LatentSize = options.Gan.LatentSize,
            ChannelsLast = options.ChannelsLast,
            Threads = get_num_threads(),
            Device = device.type.ToString().ToLowerInvariant(),
        };
    }
}
