using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Design;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit.Design;

[Collection(TorchCollection.Name)]
public sealed class ItemInverterTests(TorchWorkerFixture fixture) : IDisposable
{
    private readonly TinyDesignModels _models = fixture.Worker.Run(() => TinyDesignModels.Create(seed: 11));

    private byte[] Generated(long seed, FashionClass c) => fixture.Worker.Run(() =>
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var rng = new TorchSharp.torch.Generator((ulong)seed, CPU);
        var z = randn([1, _models.Generator.Config.LatentSize], generator: rng);
        var image = _models.Generator.forward(z, tensor(new[] { (long)c }));
        return image.add(1).mul(127.5).round().clamp(0, 255).to(ScalarType.Byte).contiguous().data<byte>().ToArray();
    });

    [Fact]
    public async Task Inverting_a_generated_image_recovers_it_far_more_closely_than_an_unoptimised_start()
    {
        var target = Generated(123, FashionClass.Pullover);
        var inverter = new ItemInverter(fixture.Worker, _models.Generator);
        var start = await inverter.InvertAsync(target, FashionClass.Pullover, new InversionOptions { Steps = 0, Seed = 5 });
        var inverted = await inverter.InvertAsync(target, FashionClass.Pullover, new InversionOptions { Steps = 150, Seed = 5 });
        Assert.True(inverted.Mse < 0.2 * start.Mse, $"MSE {inverted.Mse} after inversion vs {start.Mse} at the start");
        Assert.True(inverted.Ssim > start.Ssim, $"SSIM {inverted.Ssim} after inversion vs {start.Ssim} at the start");
        Assert.Equal(_models.Generator.Config.LatentSize, inverted.Latent.Length);
    }

    [Fact]
    public async Task An_item_that_is_not_28_by_28_is_refused_with_a_clear_message()
    {
        var inverter = new ItemInverter(fixture.Worker, _models.Generator);
        var e = await Assert.ThrowsAsync<ArgumentException>(() => inverter.InvertAsync(new byte[100], FashionClass.Bag));
        Assert.Contains("784", e.Message);
    }

    public void Dispose() => fixture.Worker.Run(() => { _models.Dispose(); return true; });
}
