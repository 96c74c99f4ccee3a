using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Shoppers;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Models;

/// <summary>
/// The scoring service over a trained DVBPR model and its shopper set. Φ of the whole catalog is
/// computed once, so ranking the catalog for a shopper is one matrix–vector product on plain arrays
/// (any thread, well under a millisecond). Scoring a new image runs Φ and needs the torch worker.
/// </summary>
public sealed class ShopperRecommender : IDisposable
{
    private readonly float[] _catalogEmbedding; // [items × K]
    private readonly float[] _theta;            // [shoppers × K]

    private ShopperRecommender(DvbprModel model, ShopperSet shoppers, float[] catalogEmbedding, float[] theta)
    {
        Model = model;
        Shoppers = shoppers;
        _catalogEmbedding = catalogEmbedding;
        _theta = theta;
        Scorer = EmbeddingScorer.Create(theta, catalogEmbedding, model.Config.EmbeddingSize);
    }

    /// <summary>Builds the service (worker thread): puts the model in eval mode and embeds the catalog.</summary>
    public static ShopperRecommender Create(DvbprModel model, ShopperSet shoppers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shoppers);
        if (model.ShopperCount != shoppers.Population.Count)
            throw new ArgumentException($"The model knows {model.ShopperCount} shoppers but the shopper set has {shoppers.Population.Count}; they were not trained together.");
        model.eval();
        var device = model.Theta.device;
        using var images = DvbprModel.CatalogTensor(shoppers.Catalog, device);
        return new ShopperRecommender(model, shoppers, model.EmbedAll(images), model.ThetaSnapshot());
    }

    /// <summary>The learned model; also the differentiable <see cref="IPreferenceModel"/> for design (worker thread).</summary>
    public DvbprModel Model { get; }

    public IPreferenceModel Preference => Model;

    public ShopperSet Shoppers { get; }

    public int ShopperCount => Model.ShopperCount;

    /// <summary>Learned score of every catalog item, as a scorer for <see cref="RecommenderAuc"/>.</summary>
    public ItemScorer Scorer { get; }

    public double Score(int shopper, int item)
    {
        CheckShopper(shopper);
        if ((uint)item >= (uint)Shoppers.Catalog.Count)
            throw new ArgumentOutOfRangeException(nameof(item), item, $"Catalog items are 0..{Shoppers.Catalog.Count - 1}.");
        return Scorer(shopper, item);
    }

    /// <summary>
    /// The <paramref name="count"/> catalog items the model ranks highest for a shopper, optionally only
    /// within some classes (e.g. <c>Categories.Parse("shoes")</c>), leaving out by default the items the
    /// shopper already interacted with in training.
    /// </summary>
    public IReadOnlyList<RankedItem> Recommend(int shopper, int count, IReadOnlyCollection<FashionClass>? within = null, bool excludeTrainingItems = true)
    {
        CheckShopper(shopper);
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for at least one item.");
        var catalog = Shoppers.Catalog;
        var allowed = new bool[Categories.Count];
        foreach (var c in within ?? Categories.All) allowed[(int)c] = true;
        var seen = excludeTrainingItems ? new HashSet<int>(Shoppers.Split.Train(shopper)) : [];
        int k = Model.Config.EmbeddingSize;
        var theta = _theta.AsSpan(shopper * k, k);
        var best = new PriorityQueue<int, double>(count + 1);
        for (int item = 0; item < catalog.Count; item++)
        {
            if (!allowed[catalog.Labels[item]] || seen.Contains(item)) continue;
            var row = _catalogEmbedding.AsSpan(item * k, k);
            double s = 0;
            for (int d = 0; d < k; d++) s += theta[d] * row[d];
            if (best.Count < count) best.Enqueue(item, s);
            else if (best.TryPeek(out _, out var lowest) && s > lowest) best.EnqueueDequeue(item, s);
        }
        var result = new RankedItem[best.Count];
        for (int r = result.Length - 1; r >= 0; r--)
        {
            best.TryDequeue(out var item, out var s);
            result[r] = new RankedItem(item, catalog.Label(item), s);
        }
        return result;
    }

    /// <summary>Learned scores of any images [n, 1, 28, 28] in [-1, 1] for a shopper (worker thread, no gradients).</summary>
    public double[] ScoreImages(int shopper, Tensor images)
    {
        CheckShopper(shopper);
        ArgumentNullException.ThrowIfNull(images);
        if (images.dim() != 4 || images.shape[1] != 1 || images.shape[2] != DataSplit.Side || images.shape[3] != DataSplit.Side)
            throw new ArgumentException($"Images must be [n, 1, 28, 28]; got [{string.Join(", ", images.shape)}].", nameof(images));
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        Model.eval();
        var scores = Model.Score(images.to(float32).to(Model.Theta.device), shopper).cpu();
        return scores.data<float>().ToArray().Select(v => (double)v).ToArray();
    }

    /// <summary>Learned score of one image given as 784 bytes (0 = background), e.g. an upload (worker thread).</summary>
    public double ScoreImage(int shopper, ReadOnlySpan<byte> pixels)
    {
        if (pixels.Length != DataSplit.PixelsPerImage)
            throw new ArgumentException($"An image has {DataSplit.PixelsPerImage} pixels (28×28), got {pixels.Length}.", nameof(pixels));
        using var images = Imaging.ImageCodec.ToImageTensor(pixels, CPU);
        return ScoreImages(shopper, images)[0];
    }

    private void CheckShopper(int shopper)
    {
        if ((uint)shopper >= (uint)ShopperCount)
            throw new ArgumentOutOfRangeException(nameof(shopper), shopper, $"Shoppers are 0..{ShopperCount - 1}.");
    }

    /// <summary>Disposes the model (worker thread).</summary>
    public void Dispose() => Model.Dispose();
}
