using TorchSharp;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>The machine's attainable fp32 rate: a square matmul (2n³ FLOPs) with libtorch's BLAS. Worker thread.</summary>
internal static class MatmulBenchmark
{
    public static (double Gflops, Timing Timing) Measure(int size, Device device, int warmup, int repeats)
    {
        using var scope = NewDisposeScope();
        var a = randn(size, size, device: device);
        var b = randn(size, size, device: device);
        var c = zeros(size, size, device: device);
        var timing = MedianTiming.Measure(() =>
        {
            c.addmm_(a, b, 0f, 1f); // c = a·b in place: no allocation inside the timed region
            if (device.type == DeviceType.CUDA) cuda.synchronize(device);
        }, warmup, repeats);
        return (2.0 * size * size * size / timing.WallSeconds / 1e9, timing);
    }
}
