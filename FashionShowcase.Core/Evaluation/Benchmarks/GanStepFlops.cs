using FashionShowcase.Core.Models;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>
/// Floating-point operations of one LSGAN training step, counted from the layer shapes of
/// <see cref="ConditionalGenerator"/> and <see cref="ConditionalDiscriminator"/>.
/// <para>
/// Counting rules (per image): a multiply-accumulate (MAC) is 2 FLOPs. Linear: in·out MACs.
/// Conv2d: out_h·out_w·c_in·c_out·k² MACs. ConvTranspose2d: in_h·in_w·c_in·c_out·k² MACs (each input
/// pixel scatters a k×k patch to every output channel). D's class projection ⟨embed(c), h⟩ counts as a
/// linear layer of 2w·49 MACs. Backward of a layer = one forward's MACs for the weight gradient (when
/// its weights are trained in this pass) + one for the input gradient (when its input needs one).
/// BatchNorm, activations, embeddings, losses and Adam are element-wise and not counted (under 2 %
/// of the total for the cpu preset).
/// </para>
/// <para>
/// One step, as <see cref="LsganStep"/> runs it (fake = G(z) computed once and reused):
/// G forward (F_G); update D: D(real) and D(fake.detach()) forward + weight gradients + input gradients
/// of every D layer but the first (whose input, an image, needs none) = 2·(3F_D − F_D1);
/// update G with D's weights frozen: D(fake) forward + input gradients (2F_D), G weight + input
/// gradients (2F_G). Total MACs = 3F_G + 8F_D − 2F_D1 per image.
/// </para>
/// </summary>
public sealed record GanStepFlops(long GeneratorForwardMacs, long DiscriminatorForwardMacs, long DiscriminatorFirstLayerMacs)
{
    /// <summary>MACs of one training step per image (see the class comment for the sum).</summary>
    public long StepMacsPerImage => 3 * GeneratorForwardMacs + 8 * DiscriminatorForwardMacs - 2 * DiscriminatorFirstLayerMacs;

    /// <summary>FLOPs of one training step per image (2 per MAC).</summary>
    public long StepFlopsPerImage => 2 * StepMacsPerImage;

    public static GanStepFlops For(GanConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        long w = config.Width, k2 = (long)config.KernelSize * config.KernelSize;
        // G: [z, emb] → Linear → [2w, 7, 7] → ConvT → [w, 14, 14] → ConvT → [1, 28, 28]
        long gProject = (long)(config.LatentSize + config.LabelEmbedding) * (2 * w * 49);
        long gUp1 = 7 * 7 * (2 * w) * w * k2;
        long gUp2 = 14 * 14 * w * 1 * k2;
        // D: [x, label map] = [2, 28, 28] → Conv → [w, 14, 14] → Conv → [2w, 7, 7] → head + projection
        long dDown1 = 14 * 14 * 2 * w * k2;
        long dDown2 = 7 * 7 * w * (2 * w) * k2;
        long dHead = 2 * w * 49;
        long dProjection = 2 * w * 49;
        return new GanStepFlops(gProject + gUp1 + gUp2, dDown1 + dDown2 + dHead + dProjection, dDown1);
    }
}
