using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Design;

/// <summary>
/// The classifier's guess for an item: the class and its softmax probability. Used for uploads
/// whose class the visitor did not give, and to check that designs keep their requested class.
/// </summary>
public sealed record ClassPrediction(FashionClass Class, double Confidence)
{
    /// <summary>Predicts the class of 28×28 grey items (784 bytes each, light on black). Worker thread only.</summary>
    public static ClassPrediction[] Predict(FashionClassifier classifier, IReadOnlyList<byte[]> items, Device? device = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0) return [];
        var floats = new float[items.Count * DataSplit.PixelsPerImage];
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Length != DataSplit.PixelsPerImage)
                throw new ArgumentException($"Item {i} has {items[i].Length} pixels; a 28×28 item has 784.", nameof(items));
            ImageCodec.ToSignedFloats(items[i], floats.AsSpan(i * DataSplit.PixelsPerImage, DataSplit.PixelsPerImage));
        }
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        classifier.eval();
        var x = tensor(floats, [items.Count, 1, 28, 28], device: device ?? CPU);
        var probabilities = nn.functional.softmax(classifier.forward(x), 1).cpu();           // [n, 10]
        var p = probabilities.max(1).values.to(ScalarType.Float64).data<double>().ToArray();
        var c = probabilities.argmax(1).data<long>().ToArray();
        return Enumerable.Range(0, items.Count).Select(i => new ClassPrediction((FashionClass)c[i], p[i])).ToArray();
    }
}
