using FashionShowcase.Core.Design;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace FashionShowcase.Core.Models;

/// <summary>
/// DVBPR (Kang et al. 2017): preference x(u, X) = θuᵀΦ(X), with Φ a CNN from a 28×28 grey image to K
/// numbers and θ one K-vector per shopper. Trained end to end with BPR. The score is differentiable
/// in the image, so the design engine can ascend it through the generator. Worker thread only.
/// </summary>
public sealed class DvbprModel : Module<Tensor, Tensor>, IPreferenceModel
{
    private readonly Conv2d conv1;
    private readonly Conv2d conv2;
    private readonly Linear hidden;
    private readonly Linear embed;
    private readonly Parameter theta;

    public DvbprModel(DvbprConfig config) : base("dvbpr")
    {
        config.Validate();
        Config = config;
        conv1 = Conv2d(1, config.Width, 3, padding: 1);
        conv2 = Conv2d(config.Width, config.Width * 2, 3, padding: 1);
        // A hidden layer after the convolutions: global properties such as left–right symmetry or
        // contrast are non-linear in the pooled maps, which one linear layer cannot express.
        hidden = Linear(config.Width * 2 * 7 * 7, config.HiddenSize);
        embed = Linear(config.HiddenSize, config.EmbeddingSize);
        // Small θ at start: BPR's gradient is largest near zero margins, and L2 pulls towards zero anyway.
        theta = Parameter(randn(config.ShopperCount, config.EmbeddingSize) * 0.1f);
        RegisterComponents();
    }

    public DvbprConfig Config { get; }

    public int ShopperCount => Config.ShopperCount;

    /// <summary>θ, [shoppers, K].</summary>
    public Tensor Theta => theta;

    /// <summary>Φ(X): images [n, 1, 28, 28] in [-1, 1] → [n, K].</summary>
    public override Tensor forward(Tensor images)
    {
        using var scope = NewDisposeScope();
        var h = functional.max_pool2d(functional.relu(conv1.forward(images)), 2);  // [n, w, 14, 14]
        h = functional.max_pool2d(functional.relu(conv2.forward(h)), 2);           // [n, 2w, 7, 7]
        h = functional.relu(hidden.forward(h.flatten(1)));                         // [n, H]
        return embed.forward(h).MoveToOuterDisposeScope();                         // [n, K]
    }

    /// <summary>θu for a batch of shoppers: [n] int64 → [n, K].</summary>
    public Tensor ShopperVectors(Tensor shoppers) => theta.index_select(0, shoppers);

    /// <summary>x(u, X) for every image, one shopper → [n]; stays in the autograd graph of <paramref name="images"/>.</summary>
    public Tensor Score(Tensor images, int shopper)
    {
        if ((uint)shopper >= (uint)ShopperCount)
            throw new ArgumentOutOfRangeException(nameof(shopper), shopper, $"Shoppers are 0..{ShopperCount - 1}.");
        using var scope = NewDisposeScope();
        return forward(images).matmul(theta[shopper]).MoveToOuterDisposeScope();
    }

    /// <summary>Φ's weights (not biases, not θ): what the λΦ penalty regularises.</summary>
    public IEnumerable<Parameter> ImageNetWeights() => [conv1.weight!, conv2.weight!, hidden.weight!, embed.weight!];

    /// <summary>
    /// Φ of many images at once, in eval mode without gradients, in chunks so memory stays small
    /// (one conv activation of 10,000 images would be ~0.5 GB). Returns [n × K] row-major floats.
    /// </summary>
    public float[] EmbedAll(Tensor images, int chunk = 1000)
    {
        var wasTraining = training;
        eval();
        try
        {
            var n = (int)images.shape[0];
            var result = new float[n * Config.EmbeddingSize];
            using var noGrad = no_grad();
            for (int start = 0; start < n; start += chunk)
            {
                using var scope = NewDisposeScope();
                var length = Math.Min(chunk, n - start);
                var phi = forward(images.narrow(0, start, length)).to(float32).cpu().contiguous();
                phi.data<float>().CopyTo(result, start * Config.EmbeddingSize);
            }
            return result;
        }
        finally
        {
            train(wasTraining);
        }
    }

    /// <summary>θ as row-major floats [shoppers × K] (a snapshot for fast scoring without tensors).</summary>
    public float[] ThetaSnapshot()
    {
        using var scope = NewDisposeScope();
        return theta.detach().to(float32).cpu().contiguous().data<float>().ToArray();
    }

    /// <summary>A catalog as one tensor [n, 1, 28, 28] in [-1, 1] on <paramref name="device"/>.</summary>
    public static Tensor CatalogTensor(Catalog.DataSplit catalog, Device device)
    {
        using var scope = NewDisposeScope();
        return tensor(catalog.ToSignedFloats()).reshape(catalog.Count, 1, Catalog.DataSplit.Side, Catalog.DataSplit.Side)
            .to(device).MoveToOuterDisposeScope();
    }
}
