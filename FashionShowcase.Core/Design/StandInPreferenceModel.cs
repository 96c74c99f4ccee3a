using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace FashionShowcase.Core.Design;

/// <summary>
/// A randomly initialised θuᵀΦ(X) with the shape of a DVBPR CNN for 28×28 images (two conv
/// blocks, a hidden layer, K = 100 outputs). It prefers nothing meaningful: it exists so the
/// design engine can be timed and tested before (or without) a trained recommender, at the
/// cost the real one will have. Worker thread only; frozen (no parameter requires grad).
/// </summary>
public sealed class StandInPreferenceModel : Module<Tensor, Tensor>, IPreferenceModel
{
    private readonly Conv2d conv1;
    private readonly Conv2d conv2;
    private readonly Linear hidden;
    private readonly Linear embed;
    private readonly Parameter theta;

    /// <param name="width">Channels of the first conv block (DVBPR-sized: 32; tests: 4).</param>
    /// <param name="factors">K, the length of θu and Φ(X) (official: 100).</param>
    public StandInPreferenceModel(int shoppers, int width = 32, int factors = 100, int hiddenSize = 256, long seed = 0)
        : base("stand_in_preference")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shoppers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hiddenSize, 1);
        ShopperCount = shoppers;
        using var rng = new TorchSharp.torch.Generator(unchecked((ulong)seed), CPU);
        conv1 = Conv2d(1, width, 3, padding: 1);
        conv2 = Conv2d(width, width * 2, 3, padding: 1);
        hidden = Linear(width * 2 * 7 * 7, hiddenSize);
        embed = Linear(hiddenSize, factors);
        using (var scope = NewDisposeScope())
            theta = new Parameter(randn([shoppers, factors], generator: rng).div(Math.Sqrt(factors)).DetachFromDisposeScope(), requires_grad: false);
        RegisterComponents();
        // Reinitialise from the request's generator so the same seed gives the same model.
        using (no_grad())
        {
            foreach (var p in parameters())
            {
                if (ReferenceEquals(p, theta)) continue;
                if (p.dim() == 1)
                {
                    p.zero_(); // biases
                    continue;
                }
                var fanIn = p.shape.Skip(1).Aggregate(1L, (a, b) => a * b);
                using var fresh = randn(p.shape, generator: rng).mul(Math.Sqrt(2.0 / fanIn)); // He init: scores of order 1
                p.copy_(fresh);
            }
        }
        foreach (var p in parameters()) p.requires_grad = false;
        eval();
    }

    public int ShopperCount { get; }

    /// <summary>Φ(X): images [n,1,28,28] → [n, K].</summary>
    public override Tensor forward(Tensor images)
    {
        using var scope = NewDisposeScope();
        var h = functional.max_pool2d(functional.relu(conv1.forward(images)), 2);   // [n, w, 14, 14]
        h = functional.max_pool2d(functional.relu(conv2.forward(h)), 2);           // [n, 2w, 7, 7]
        h = functional.relu(hidden.forward(h.flatten(1)));                          // [n, hidden]
        return embed.forward(h).MoveToOuterDisposeScope();                          // [n, K]
    }

    public Tensor Score(Tensor images, int shopper)
    {
        using var scope = NewDisposeScope();
        return forward(images).matmul(theta[shopper]).MoveToOuterDisposeScope();  // [n]
    }
}
