using FashionShowcase.Core.Models;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit;

[Collection(TorchCollection.Name)]
public sealed class GanShapeTests(TorchWorkerFixture fixture)
{
    [Theory]
    [InlineData("tiny")]
    [InlineData("cpu")]
    public void The_generator_makes_28_by_28_grey_images_in_the_tanh_range(string preset)
    {
        var (shape, min, max) = fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            using var g = new ConditionalGenerator(GanConfig.Preset(preset));
            var images = g.forward(randn(5, g.Config.LatentSize), tensor(new long[] { 0, 1, 2, 8, 9 }));
            return (images.shape, images.min().item<float>(), images.max().item<float>());
        });
        Assert.Equal([5L, 1, 28, 28], shape);
        Assert.InRange(min, -1f, 1f);
        Assert.InRange(max, -1f, 1f);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    public void The_discriminator_gives_one_realness_per_image_for_any_even_kernel(int kernel)
    {
        var shape = fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            var config = GanConfig.Preset("tiny") with { KernelSize = kernel };
            using var g = new ConditionalGenerator(config);
            using var d = new ConditionalDiscriminator(config);
            var labels = tensor(new long[] { 3, 4, 5 });
            return d.forward(g.forward(randn(3, config.LatentSize), labels), labels).shape;
        });
        Assert.Equal([3L], shape);
    }

    [Fact]
    public void A_config_with_an_odd_kernel_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => (GanConfig.Preset("cpu") with { KernelSize = 3 }).Validate());
}
