using FashionShowcase.Core.Catalog;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit.Evaluation;

/// <summary>A "generator" that paints each image a flat grey that encodes the requested class (-0.9 + 0.2·c).</summary>
internal sealed class ClassPaintingGenerator() : nn.Module<Tensor, Tensor, Tensor>("class-painter")
{
    public static float Grey(long c) => -0.9f + 0.2f * c;

    public override Tensor forward(Tensor z, Tensor classes)
    {
        using var scope = NewDisposeScope();
        var grey = classes.to(ScalarType.Float32) * 0.2f - 0.9f;
        return grey.view(-1, 1, 1, 1).expand(-1, 1, 28, 28).contiguous().MoveToOuterDisposeScope();
    }
}

/// <summary>A "classifier" that reads the class back from the mean grey; <c>confuse</c> maps some classes to others.</summary>
internal sealed class GreyReadingClassifier(IReadOnlyDictionary<long, long>? confuse = null) : nn.Module<Tensor, Tensor>("grey-reader")
{
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var classes = ((x.mean([1L, 2L, 3L]) + 0.9f) / 0.2f).round().clamp(0, 9).to(ScalarType.Int64);
        if (confuse is not null)
        {
            var mapped = classes.data<long>().ToArray().Select(c => confuse.TryGetValue(c, out var to) ? to : c).ToArray();
            classes = tensor(mapped);
        }
        return nn.functional.one_hot(classes, Categories.Count).to(ScalarType.Float32).MoveToOuterDisposeScope();
    }
}

/// <summary>A "classifier" that names the same class for every image.</summary>
internal sealed class ConstantClassifier(FashionClass answer) : nn.Module<Tensor, Tensor>("constant")
{
    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var classes = full([x.shape[0]], (long)answer, ScalarType.Int64);
        return nn.functional.one_hot(classes, Categories.Count).to(ScalarType.Float32).MoveToOuterDisposeScope();
    }
}

/// <summary>A "generator" that hands out real images of the requested class (a perfect copy of the data distribution).</summary>
internal sealed class RealImageGenerator : nn.Module<Tensor, Tensor, Tensor>
{
    private readonly DataSplit _source;
    private readonly int[] _next = new int[Categories.Count];

    public RealImageGenerator(DataSplit source) : base("real-copier") => _source = source;

    public override Tensor forward(Tensor z, Tensor classes)
    {
        var indices = classes.data<long>().ToArray().Select(c => NextOf((int)c)).ToArray();
        return tensor(_source.ToSignedFloats(indices)).view(-1, 1, 28, 28);
    }

    private int NextOf(int c)
    {
        for (int i = _next[c]; i < _source.Count; i++)
            if (_source.Labels[i] == c) { _next[c] = i + 1; return i; }
        throw new InvalidOperationException($"No more real images of class {c}.");
    }
}

/// <summary>The shipped catalog (official test split), loaded once, and disjoint parts of it.</summary>
internal static class CatalogParts
{
    private static readonly Lazy<DataSplit> Test = new(() => DataSetLocator.LoadVerified(RepoPaths.Data, SplitFiles.Test));

    public static DataSplit TestSplit => Test.Value;

    /// <summary>Images [start, start + count) of the catalog, labelled as <paramref name="kind"/> (stand-in for a train subset).</summary>
    public static DataSplit Part(int start, int count, SplitKind kind)
    {
        var s = Test.Value;
        return new DataSplit(kind,
            s.Pixels.AsSpan(start * DataSplit.PixelsPerImage, count * DataSplit.PixelsPerImage).ToArray(),
            s.Labels.AsSpan(start, count).ToArray(), s.Source, s.ImagesSha256, s.LabelsSha256);
    }
}
