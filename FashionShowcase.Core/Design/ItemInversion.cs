using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Design;

/// <summary>
/// The result of inverting an item: z* and how well G(z*, c) reproduces it.
/// </summary>
/// <param name="Latent">z* (length = the generator's latent size).</param>
/// <param name="OriginalPixels">The item inverted: 784 grey bytes.</param>
/// <param name="ReconstructionPixels">G(z*, c) as 784 grey bytes.</param>
/// <param name="Mse">Pixel mean squared error between reconstruction and item, intensities scaled to [0, 1].</param>
/// <param name="Ssim">Structural similarity of reconstruction and item (1 = identical).</param>
public sealed record ItemInversion(
    FashionClass Class,
    float[] Latent,
    byte[] OriginalPixels,
    byte[] ReconstructionPixels,
    byte[] ReconstructionPng,
    double Mse,
    double Ssim,
    int BestStart);
