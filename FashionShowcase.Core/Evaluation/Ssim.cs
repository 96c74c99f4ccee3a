namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// Structural similarity (Wang et al. 2004) of two grey images: 1 = identical, around 0 =
/// unrelated. A 7×7 uniform window over the valid region (as scikit-image's default for small
/// grey images; a Gaussian 11×11 window would not fit 28×28 well), constants K1 = 0.01, K2 = 0.03
/// for 8-bit data, mean over all windows.
/// </summary>
public static class Ssim
{
    public const int Window = 7;

    public static double Compute(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int width, int height)
    {
        if (a.Length != width * height || b.Length != width * height)
            throw new ArgumentException($"Both images must hold {width}×{height} = {width * height} pixels (got {a.Length} and {b.Length}).");
        if (width < Window || height < Window)
            throw new ArgumentException($"SSIM needs images of at least {Window}×{Window} pixels.");
        const double c1 = (0.01 * 255) * (0.01 * 255);
        const double c2 = (0.03 * 255) * (0.03 * 255);
        const int n = Window * Window;
        double total = 0;
        int windows = 0;
        for (int y0 = 0; y0 + Window <= height; y0++)
        {
            for (int x0 = 0; x0 + Window <= width; x0++)
            {
                double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
                for (int y = y0; y < y0 + Window; y++)
                {
                    for (int x = x0; x < x0 + Window; x++)
                    {
                        double va = a[y * width + x], vb = b[y * width + x];
                        sa += va;
                        sb += vb;
                        saa += va * va;
                        sbb += vb * vb;
                        sab += va * vb;
                    }
                }
                double ma = sa / n, mb = sb / n;
                // Sample (co)variances, as scikit-image does by default.
                double va2 = (saa - n * ma * ma) / (n - 1), vb2 = (sbb - n * mb * mb) / (n - 1), cov = (sab - n * ma * mb) / (n - 1);
                total += (2 * ma * mb + c1) * (2 * cov + c2) / ((ma * ma + mb * mb + c1) * (va2 + vb2 + c2));
                windows++;
            }
        }
        return total / windows;
    }

    /// <summary>SSIM of two 28×28 catalog-style images.</summary>
    public static double Compute28(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => Compute(a, b, 28, 28);
}
