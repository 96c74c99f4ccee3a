using FashionShowcase.Core.Runtime;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Training;

/// <summary>
/// The order of the training items in each epoch, drawn from (seed, epoch) alone: a resumed run sees
/// exactly the batches an uninterrupted one would. Worker thread; holds one permutation at a time.
/// </summary>
internal sealed class EpochOrder(long seed, long itemCount, int batchSize, Device device) : IDisposable
{
    private Tensor? _permutation;
    private int _epoch = -1;

    public long StepsPerEpoch { get; } = itemCount / batchSize;

    /// <summary>Indices [batch] of the items of a global step.</summary>
    public Tensor Batch(long step)
    {
        int epoch = (int)(step / StepsPerEpoch);
        if (epoch != _epoch || _permutation is null)
        {
            _permutation?.Dispose();
            using var g = new TorchSharp.torch.Generator(SeedMixer.Mix(seed, 1_000_000 + epoch));
            _permutation = randperm(itemCount, generator: g).to(device).DetachFromDisposeScope();
            _epoch = epoch;
        }
        return _permutation.narrow(0, step % StepsPerEpoch * batchSize, batchSize);
    }

    public void Dispose() => _permutation?.Dispose();
}
