using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>Counts correct predictions per class over batches (the counting shared by both accuracies).</summary>
internal sealed class AccuracyTally
{
    private readonly long[] _correct = new long[Catalog.Categories.Count];
    private readonly long[] _total = new long[Catalog.Categories.Count];

    /// <summary>Adds a batch: logits [b, 10] and the expected classes [b].</summary>
    public void Add(Tensor logits, Tensor expected)
    {
        using var scope = NewDisposeScope();
        var predicted = logits.argmax(1).to(CPU).data<long>().ToArray();
        var truth = expected.to(CPU).to(ScalarType.Int64).data<long>().ToArray();
        if (predicted.Length != truth.Length)
            throw new InvalidOperationException($"The classifier returned {predicted.Length} predictions for {truth.Length} images.");
        for (int i = 0; i < truth.Length; i++)
        {
            _total[truth[i]]++;
            if (predicted[i] == truth[i]) _correct[truth[i]]++;
        }
    }

    public ClassAccuracy Result() => ClassAccuracy.FromCounts(_correct, _total);
}
