using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Models;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// What the generator makes, at a glance: one row per fine class (official label order, T-shirt/top
/// at the top, Ankle boot at the bottom), <c>columns</c> samples per row, fixed seed → PNG bytes.
/// </summary>
public static class SampleGrid
{
    /// <summary>Pixels between tiles and around the grid (as ImageCodec.EncodeGrid draws it).</summary>
    public const int Padding = 2;

    public static byte[] Render(ConditionalGenerator generator, int columns, long seed)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return Render(generator, generator.Config.LatentSize, columns, seed);
    }

    /// <summary>Renders the grid for any conditional generator (worker thread).</summary>
    public static byte[] Render(nn.Module<Tensor, Tensor, Tensor> generator, int latentSize, int columns, long seed)
    {
        if (columns is < 1 or > 100)
            throw new ArgumentOutOfRangeException(nameof(columns), columns, "A sample grid has 1..100 columns.");
        var classes = Catalog.Categories.All.SelectMany(c => Enumerable.Repeat((long)c, columns)).ToArray(); // row-major: row = class
        using var scope = NewDisposeScope();
        var batches = new List<Tensor>();
        GeneratedBatches.ForEach(generator, latentSize, classes, seed, batchSize: 500,
            (images, _) => batches.Add(images.to(CPU).MoveToOuterDisposeScope()));
        return ImageCodec.EncodeGrid(cat(batches, 0), columns, Padding);
    }

    /// <summary>Size in pixels of a grid with <paramref name="columns"/> columns (10 rows of 28×28 tiles).</summary>
    public static (int Width, int Height) SizeFor(int columns) =>
        (columns * (Catalog.DataSplit.Side + Padding) + Padding, Catalog.Categories.Count * (Catalog.DataSplit.Side + Padding) + Padding);
}
