using FashionShowcase.Core.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>
/// One LSGAN training step (DESIGN.md: D ← ½[(D(x) − 1)² + D(G(z))²], G ← (D(G(z)) − 1)²,
/// Adam with the config's rates and betas) on a fixed random "real" batch: the work whose speed the
/// benchmark measures. Pixel values do not change the cost, so no data set is needed. Worker thread.
/// </summary>
internal sealed class LsganStep : IDisposable
{
    private readonly ConditionalGenerator _generator;
    private readonly ConditionalDiscriminator _discriminator;
    private readonly Adam _optimizerG;
    private readonly Adam _optimizerD;
    private readonly Tensor _real;
    private readonly Tensor _labels;
    private readonly int _batchSize;
    private readonly int _latentSize;
    private readonly bool _freezeDiscriminator;

    public LsganStep(GanConfig config, Device device, bool channelsLast, bool freezeDiscriminatorForGenerator = true)
    {
        config.Validate();
        _freezeDiscriminator = freezeDiscriminatorForGenerator;
        _batchSize = config.BatchSize;
        _latentSize = config.LatentSize;
        _generator = new ConditionalGenerator(config);
        _discriminator = new ConditionalDiscriminator(config);
        _generator.to(device).train();
        _discriminator.to(device).train();
        if (channelsLast)
        {
            ChannelsLastLayout.Apply(_generator);
            ChannelsLastLayout.Apply(_discriminator);
        }
        _optimizerG = optim.Adam(_generator.parameters(), config.LearningRateG, config.Beta1, config.Beta2);
        _optimizerD = optim.Adam(_discriminator.parameters(), config.LearningRateD, config.Beta1, config.Beta2);
        using var scope = NewDisposeScope();
        var real = rand(_batchSize, 1, 28, 28, device: device) * 2 - 1;
        _real = (channelsLast ? ChannelsLastLayout.Of(real) : real).MoveToOuterDisposeScope();
        _labels = (arange(_batchSize, device: device) % Catalog.Categories.Count).to(ScalarType.Int64).MoveToOuterDisposeScope();
    }

    internal ConditionalGenerator Generator => _generator;

    internal ConditionalDiscriminator Discriminator => _discriminator;

    /// <summary>Runs one step; returns (loss D, loss G) so the work cannot be skipped and NaNs are visible.</summary>
    public (double LossD, double LossG) Run()
    {
        using var scope = NewDisposeScope();
        var z = randn(_batchSize, _latentSize, device: _real.device);
        var fake = _generator.forward(z, _labels);

        // update D: real → 1, fake → 0
        _optimizerD.zero_grad();
        var lossD = 0.5 * ((_discriminator.forward(_real, _labels) - 1).square().mean()
                           + _discriminator.forward(fake.detach(), _labels).square().mean());
        lossD.backward();
        _optimizerD.step();

        // update G: make D call the fakes real. With D's weights frozen their gradients (which the G
        // update throws away) are not computed: one D forward's worth of MACs per image saved.
        _optimizerG.zero_grad();
        if (_freezeDiscriminator) SetRequiresGrad(_discriminator, false);
        var lossG = (_discriminator.forward(fake, _labels) - 1).square().mean();
        lossG.backward();
        if (_freezeDiscriminator) SetRequiresGrad(_discriminator, true);
        _optimizerG.step();
        return (lossD.item<float>(), lossG.item<float>());
    }

    private static void SetRequiresGrad(nn.Module module, bool value)
    {
        foreach (var p in module.parameters()) p.requires_grad = value;
    }

    public void Dispose()
    {
        _optimizerG.Dispose();
        _optimizerD.Dispose();
        _generator.Dispose();
        _discriminator.Dispose();
        _real.Dispose();
        _labels.Dispose();
    }
}
