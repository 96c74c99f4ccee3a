using FashionShowcase.Core.Catalog;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Training;

/// <summary>A training split held on the device as tensors (images [n, 1, 28, 28] in [-1, 1], labels [n] int64). Worker thread.</summary>
internal sealed class LabelledImages : IDisposable
{
    public LabelledImages(DataSplit data, Device device)
    {
        Count = data.Count;
        // The host-side copies made on the way to the device are freed with this scope.
        using var scope = NewDisposeScope();
        Images = tensor(data.ToSignedFloats(), [data.Count, 1, DataSplit.Side, DataSplit.Side]).to(device).DetachFromDisposeScope();
        Labels = tensor(data.Labels.Select(l => (long)l).ToArray()).to(device).DetachFromDisposeScope();
    }

    public int Count { get; }

    public Tensor Images { get; }

    public Tensor Labels { get; }

    /// <summary>The images and labels at <paramref name="indices"/> (in the caller's dispose scope).</summary>
    public (Tensor Images, Tensor Labels) Select(Tensor indices) => (Images.index_select(0, indices), Labels.index_select(0, indices));

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
