using FashionShowcase.Core.Catalog;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>Real images of a split as tensors in [-1, 1] (the GAN's range), a batch at a time.</summary>
internal static class RealBatches
{
    /// <summary>
    /// Calls <paramref name="consume"/> with each batch of images [b, 1, 28, 28] and labels [b] (int64) on
    /// <paramref name="device"/>, inside a dispose scope per batch. Worker thread.
    /// </summary>
    public static void ForEach(DataSplit split, IReadOnlyList<int> indices, int batchSize, Device device, Action<Tensor, Tensor> consume)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        for (int start = 0; start < indices.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var batch = indices.Skip(start).Take(batchSize).ToArray();
            var images = tensor(split.ToSignedFloats(batch)).reshape(batch.Length, 1, DataSplit.Side, DataSplit.Side).to(device);
            var labels = tensor(batch.Select(i => (long)split.Labels[i]).ToArray()).to(device);
            consume(images, labels);
        }
    }

    /// <summary>A random subset of <paramref name="count"/> distinct indices, fixed by the seed.</summary>
    public static int[] Subset(DataSplit split, int count, long seed)
    {
        if (count > split.Count)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Asked for {count} real images; the {split.Kind.ToString().ToLowerInvariant()} split has {split.Count}.");
        var random = new Random(unchecked((int)seed ^ (int)(seed >> 32)));
        var all = Enumerable.Range(0, split.Count).ToArray();
        random.Shuffle(all);
        return all.AsSpan(0, count).ToArray();
    }
}
