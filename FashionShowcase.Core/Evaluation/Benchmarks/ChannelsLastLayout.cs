using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>
/// NHWC ("channels last") strides for 4-D tensors. TorchSharp 0.107 exposes no memory_format argument,
/// but libtorch recognises the layout from the strides alone: permute to NHWC, make contiguous, permute
/// back — same logical shape, channels-last storage. oneDNN convolutions then run without reordering.
/// </summary>
internal static class ChannelsLastLayout
{
    /// <summary>A channels-last copy of a 4-D tensor (other ranks are returned as they are).</summary>
    public static Tensor Of(Tensor t) =>
        t.dim() == 4 ? t.permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2) : t;

    /// <summary>Re-lays every 4-D parameter (conv kernels) of a module in channels-last storage, in place.</summary>
    public static void Apply(nn.Module module)
    {
        using var noGrad = no_grad();
        foreach (var p in module.parameters())
            if (p.dim() == 4)
            {
                using var scope = NewDisposeScope();
                p.set_(Of(p));
            }
    }
}
