using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Evaluation;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Design;

/// <summary>
/// GAN inversion: finds z* with G(z*, c) ≈ X by minimising, from several starts,
/// mean((G(z,c) − X)²) + λz‖z‖² with Adam on z; keeps the start with the lowest pixel error.
/// Each Adam step is one worker item, so an inversion interleaves with other visitors' work and
/// stops within one step when cancelled. G is used frozen (eval mode; only z's gradient is computed).
/// </summary>
public sealed class ItemInverter(TorchWorker worker, ConditionalGenerator generator)
{
    public TorchWorker Worker { get; } = worker;

    public ConditionalGenerator Generator { get; } = generator;

    /// <param name="pixels">The item: 784 grey bytes (catalog style, light on black).</param>
    public async Task<ItemInversion> InvertAsync(
        byte[] pixels,
        FashionClass itemClass,
        InversionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.Length != DataSplit.PixelsPerImage)
            throw new ArgumentException($"An item must be 28×28 = 784 grey pixels, got {pixels.Length}.", nameof(pixels));
        if (!Enum.IsDefined(itemClass))
            throw new ArgumentOutOfRangeException(nameof(itemClass), itemClass, "Unknown Fashion-MNIST class.");
        options = (options ?? new InversionOptions()).Validated();

        State? state = null;
        try
        {
            state = await Worker.RunAsync(() => new State(Generator, pixels, itemClass, options, Worker.Device), WorkPriority.Interactive, cancellationToken);
            for (int step = 0; step < options.Steps; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = state;
                await Worker.RunAsync(current.Step, WorkPriority.Interactive, cancellationToken);
            }
            var done = state;
            var (latent, reconstruction, best) = await Worker.RunAsync(done.Best, WorkPriority.Interactive, cancellationToken);
            var mse = MeanSquaredError(pixels, reconstruction);
            return new ItemInversion(itemClass, latent, pixels.ToArray(), reconstruction,
                ImageCodec.EncodeGrey(reconstruction, 28, 28), mse, Ssim.Compute28(pixels, reconstruction), best);
        }
        finally
        {
            if (state is not null)
            {
                var done = state;
                await Worker.RunAsync(done.Dispose, WorkPriority.Interactive, CancellationToken.None);
            }
        }
    }

    /// <summary>Pixel MSE with intensities scaled to [0, 1].</summary>
    public static double MeanSquaredError(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length) throw new ArgumentException("Images differ in size.");
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = (a[i] - b[i]) / 255.0;
            sum += d * d;
        }
        return sum / a.Length;
    }

    /// <summary>The latent points, target and Adam state of one inversion (worker thread only).</summary>
    private sealed class State : IDisposable
    {
        private readonly ConditionalGenerator _generator;
        private readonly Tensor _z;
        private readonly Tensor _classes;
        private readonly Tensor _target;
        private readonly LatentAdam _adam;
        private readonly double _priorWeight;

        public State(ConditionalGenerator generator, byte[] pixels, FashionClass itemClass, InversionOptions options, Device device)
        {
            _generator = generator;
            _generator.eval();
            _priorWeight = options.PriorWeight;
            using var scope = NewDisposeScope();
            using var rng = new TorchSharp.torch.Generator(unchecked((ulong)options.Seed), CPU);
            _z = randn([options.Starts, generator.Config.LatentSize], generator: rng).mul(options.Sigma).to(device)
                .requires_grad_(true).DetachFromDisposeScope();
            _classes = full([options.Starts], (long)itemClass, ScalarType.Int64, device: device).DetachFromDisposeScope();
            _target = ImageCodec.ToImageTensor(pixels, device).DetachFromDisposeScope();
            _adam = new LatentAdam(_z, options.LearningRate);
        }

        public void Step()
        {
            using var scope = NewDisposeScope();
            var images = _generator.forward(_z, _classes);                                  // [s, 1, 28, 28]
            var mse = images.sub(_target).square().mean([1, 2, 3]);                         // [s]
            var loss = mse.add(_z.square().sum(1).mul(_priorWeight)).sum();
            _adam.Step(torch.autograd.grad([loss], [_z])[0]);
        }

        public (float[] Latent, byte[] Pixels, int Start) Best()
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            var images = _generator.forward(_z, _classes);
            var best = (int)images.sub(_target).square().mean([1, 2, 3]).argmin().item<long>();
            var latent = _z[best].detach().cpu().contiguous().data<float>().ToArray();
            return (latent, LatentSearch.ToPixelRows(images[best].unsqueeze(0))[0], best);
        }

        public void Dispose()
        {
            _adam.Dispose();
            _z.Dispose();
            _classes.Dispose();
            _target.Dispose();
        }
    }
}
