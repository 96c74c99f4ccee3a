using FashionShowcase.Core.Evaluation.Benchmarks;
using FashionShowcase.Core.Models;
using static TorchSharp.torch;

namespace FashionShowcase.Tests.Unit.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class CpuBenchmarkTests(TorchWorkerFixture fixture)
{
    [Theory]
    [InlineData("tiny")]
    [InlineData("cpu")]
    public void The_counted_forward_macs_match_the_weight_shapes_of_the_real_models(string preset)
    {
        // Independent count from the modules' own weights: a linear costs its weight count per image,
        // a conv its weight count per output pixel, a transposed conv its weight count per input pixel.
        var config = GanConfig.Preset(preset);
        var (g, d, d1) = fixture.Worker.Run(() =>
        {
            using var scope = NewDisposeScope();
            using var gen = new ConditionalGenerator(config);
            using var disc = new ConditionalDiscriminator(config);
            var gp = gen.named_parameters().ToDictionary(p => p.name, p => p.parameter.numel());
            var dp = disc.named_parameters().ToDictionary(p => p.name, p => p.parameter.numel());
            long gMacs = gp["project.weight"] + gp["up1.weight"] * 7 * 7 + gp["up2.weight"] * 14 * 14;
            long dFirst = dp["down1.weight"] * 14 * 14;
            long dMacs = dFirst + dp["down2.weight"] * 7 * 7 + dp["head.weight"] + dp["projection.weight"] / 10;
            return (gMacs, dMacs, dFirst);
        });
        var counted = GanStepFlops.For(config);
        Assert.Equal(g, counted.GeneratorForwardMacs);
        Assert.Equal(d, counted.DiscriminatorForwardMacs);
        Assert.Equal(d1, counted.DiscriminatorFirstLayerMacs);
        Assert.Equal(2 * (3 * g + 8 * d - 2 * d1), counted.StepFlopsPerImage);
    }

    [Fact]
    public void The_benchmark_step_trains_both_nets_without_non_finite_losses()
    {
        var (losses, gChanged, dChanged) = fixture.Worker.Run(() =>
        {
            using var step = new LsganStep(GanConfig.Preset("tiny"), CPU, channelsLast: false, freezeDiscriminatorForGenerator: true);
            var before = (G: Weights(step.Generator), D: Weights(step.Discriminator));
            var l = step.Run();
            return (l, !before.G.SequenceEqual(Weights(step.Generator)), !before.D.SequenceEqual(Weights(step.Discriminator)));
        });
        Assert.True(double.IsFinite(losses.LossD) && double.IsFinite(losses.LossG));
        Assert.True(gChanged, "G's weights should move");
        Assert.True(dChanged, "D's weights should move");
    }

    [Fact]
    public void Freezing_D_for_the_G_update_leaves_D_trainable_for_the_next_step()
    {
        var trainable = fixture.Worker.Run(() =>
        {
            using var step = new LsganStep(GanConfig.Preset("tiny"), CPU, channelsLast: false, freezeDiscriminatorForGenerator: true);
            step.Run();
            return step.Discriminator.parameters().All(p => p.requires_grad);
        });
        Assert.True(trainable);
    }

    [Fact]
    public void Channels_last_layout_changes_the_strides_but_not_the_step()
    {
        var (plain, channelsLast) = fixture.Worker.Run(() =>
        {
            manual_seed(5);
            using var a = new LsganStep(GanConfig.Preset("tiny"), CPU, channelsLast: false);
            manual_seed(5);
            using var b = new LsganStep(GanConfig.Preset("tiny"), CPU, channelsLast: true);
            manual_seed(6);
            var la = a.Run();
            manual_seed(6);
            var lb = b.Run();
            return (la, lb);
        });
        Assert.Equal(plain.LossD, channelsLast.LossD, 1e-4);
        Assert.Equal(plain.LossG, channelsLast.LossG, 1e-4);
    }

    [Fact]
    public void The_reported_gflops_are_the_counted_flops_times_the_measured_rate()
    {
        var options = new CpuBenchmarkOptions { Gan = GanConfig.Preset("tiny"), MatmulSize = 64, MatmulRepeats = 1, StepWarmup = 0, StepRepeats = 1 };
        var result = fixture.Worker.Run(() => CpuBenchmark.Run(options, CPU));
        Assert.True(result.MatmulGflops > 0);
        Assert.True(result.GanStepImagesPerSecond > 0);
        Assert.Equal(GanStepFlops.For(options.Gan).StepFlopsPerImage * result.GanStepImagesPerSecond / 1e9, result.GanStepGflops, 1e-9);
        Assert.Equal(options.Gan.BatchSize, result.BatchSize);
    }

    private static float[] Weights(TorchSharp.torch.nn.Module module) =>
        module.parameters().SelectMany(p => p.detach().cpu().flatten().data<float>().ToArray()).ToArray();

    [Fact]
    public void An_unknown_openmp_wait_policy_is_refused_with_the_allowed_values()
    {
        var error = Assert.Throws<ArgumentException>(() => FashionShowcase.Core.Runtime.OpenMpWaitPolicy.Apply("sometimes"));
        Assert.Contains("passive or active", error.Message);
    }

    [Fact]
    public void A_matmul_size_below_64_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CpuBenchmarkOptions { MatmulSize = 8 }.Validate());
}
