using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// Generates images for a list of requested classes in batches, with z ~ N(0, 1) drawn from a private
/// generator seeded by the caller: the same seed gives the same images whatever the batch size or the
/// state of libtorch's global generator (a training run in progress is not disturbed).
/// </summary>
internal static class GeneratedBatches
{
    /// <summary>Classes 0, 1, …, 9, 0, 1, … (every batch is class-balanced).</summary>
    public static long[] Balanced(int count) =>
        Enumerable.Range(0, count).Select(i => (long)(i % Catalog.Categories.Count)).ToArray();

    /// <summary>
    /// Calls <paramref name="consume"/> with each batch of images [b, 1, 28, 28] and their classes [b]
    /// (both on the generator's device, disposed after the call). Worker thread, no gradients.
    /// </summary>
    public static void ForEach(
        nn.Module<Tensor, Tensor, Tensor> generator, int latentSize, IReadOnlyList<long> classes, long seed, int batchSize,
        Action<Tensor, Tensor> consume)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentOutOfRangeException.ThrowIfLessThan(latentSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var device = InferenceMode.DeviceOf(generator);
        using var random = new Generator((ulong)seed, CPU);
        using var mode = new InferenceMode(generator);
        for (int start = 0; start < classes.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            int n = Math.Min(batchSize, classes.Count - start);
            // Drawn on the CPU in request order, so the images do not depend on the device either.
            var z = randn([n, latentSize], generator: random).to(device);
            var labels = tensor(classes.Skip(start).Take(n).ToArray()).to(device);
            consume(generator.forward(z, labels), labels);
        }
    }
}
