using static TorchSharp.torch;

namespace FashionShowcase.Core.Design;

/// <summary>
/// A differentiable learned preference: x(u, X) = θuᵀΦ(X). The design engine ascends it through G,
/// so the score must stay in the autograd graph of the images it receives. Worker thread only.
/// </summary>
public interface IPreferenceModel
{
    /// <summary>Number of shoppers (users) with a θ vector.</summary>
    int ShopperCount { get; }

    /// <summary>Scores images [n, 1, 28, 28] in [-1, 1] for one shopper → [n].</summary>
    Tensor Score(Tensor images, int shopper);
}
