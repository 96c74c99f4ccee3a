using FashionShowcase.Core.Evaluation;

namespace FashionShowcase.Tests.Unit.Evaluation;

public sealed class SsimTests
{
    private static byte[] Pattern(int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[784];
        random.NextBytes(pixels);
        return pixels;
    }

    [Fact]
    public void An_image_is_perfectly_similar_to_itself() =>
        Assert.Equal(1.0, Ssim.Compute28(Pattern(1), Pattern(1)), 9);

    [Fact]
    public void Unrelated_noise_images_are_far_less_similar_than_a_slightly_brightened_copy()
    {
        var a = Pattern(1);
        var brighter = a.Select(p => (byte)Math.Min(255, p + 10)).ToArray();
        Assert.True(Ssim.Compute28(a, brighter) > 0.9);
        Assert.True(Ssim.Compute28(a, Pattern(2)) < 0.2);
    }

    [Fact]
    public void Images_of_different_sizes_are_refused() =>
        Assert.Throws<ArgumentException>(() => Ssim.Compute28(new byte[784], new byte[100]));
}
