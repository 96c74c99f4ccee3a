using FashionShowcase.Core.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace FashionShowcase.Core.Design;

/// <summary>
/// The state of one latent ascent: z (the only tensor that requires grad), its Adam moments and
/// the class labels, kept alive across worker items and freed by <see cref="Dispose"/>. Each
/// <see cref="Step"/> is one worker item in its own dispose scope: evaluate the objective
/// score − η·(D(G(z,c),c) − 1)² + extra at the current z, report it, then (optionally) update z.
/// G, D and Φ are used frozen: only z's gradient is computed (autograd.grad), never theirs.
/// Worker thread only.
/// </summary>
internal sealed class LatentSearch : IDisposable
{
    private readonly ConditionalGenerator _generator;
    private readonly ConditionalDiscriminator _discriminator;
    private readonly IPreferenceModel _preference;
    private readonly int _shopper;
    private readonly double _eta;
    private readonly Func<Tensor, Tensor>? _extra;
    private readonly Tensor _z;
    private readonly Tensor _classes;
    private readonly LatentAdam _adam;

    /// <param name="zStart">[n, latent] starting points (copied).</param>
    /// <param name="classes">fine class per start.</param>
    /// <param name="extra">images [n,1,28,28] → [n], differentiable, added to the objective.</param>
    public LatentSearch(
        ConditionalGenerator generator,
        ConditionalDiscriminator discriminator,
        IPreferenceModel preference,
        int shopper,
        Tensor zStart,
        long[] classes,
        double eta,
        double learningRate,
        Func<Tensor, Tensor>? extra)
    {
        _generator = generator;
        _discriminator = discriminator;
        _preference = preference;
        _shopper = shopper;
        _eta = eta;
        _extra = extra;
        // eval(): batch norm must use its running statistics, or the starts would influence each other.
        _generator.eval();
        _discriminator.eval();
        var device = zStart.device;
        _z = zStart.detach().clone().requires_grad_(true).DetachFromDisposeScope();
        _classes = tensor(classes, device: device).DetachFromDisposeScope();
        _adam = new LatentAdam(_z, learningRate);
    }

    public int Count => (int)_z.shape[0];

    /// <summary>The current latent points as floats [n × latent], row-major.</summary>
    public float[] LatentValues()
    {
        using var scope = NewDisposeScope();
        return _z.detach().cpu().contiguous().data<float>().ToArray();
    }

    /// <summary>Evaluates the objective at the current z and, when <paramref name="update"/>, takes one Adam ascent step.</summary>
    public LatentStepValues Step(bool update)
    {
        using var scope = NewDisposeScope();
        using var noGrad = update ? null : no_grad();
        var images = _generator.forward(_z, _classes);                              // [n, 1, 28, 28]
        var score = _preference.Score(images, _shopper);                            // [n]
        var realnessTerm = _discriminator.forward(images, _classes).sub(1).square(); // [n]
        var extra = _extra is null ? zeros_like(score) : _extra(images);             // [n]
        var objective = score - _eta * realnessTerm + extra;                        // [n]

        var values = new LatentStepValues(
            Pixels: ToPixelRows(images),
            Score: ToDoubles(score),
            RealnessTerm: ToDoubles(realnessTerm),
            Extra: ToDoubles(extra),
            Objective: ToDoubles(objective));

        if (update)
        {
            // Ascent: descend on −Σ objective. The starts are independent (eval mode), so the sum
            // gives each start the gradient of its own objective.
            var gradient = torch.autograd.grad([objective.sum().neg()], [_z])[0];
            _adam.Step(gradient);
        }
        return values;
    }

    /// <summary>[n, 1, 28, 28] in [-1, 1] → n rows of 784 grey bytes.</summary>
    internal static byte[][] ToPixelRows(Tensor images)
    {
        using var scope = NewDisposeScope();
        var n = (int)images.shape[0];
        var side = (int)images.shape[^1];
        var all = images.detach().add(1).mul(127.5).round().clamp(0, 255).to(ScalarType.Byte).cpu().contiguous().data<byte>().ToArray();
        var rows = new byte[n][];
        for (int i = 0; i < n; i++)
            rows[i] = all.AsSpan(i * side * side, side * side).ToArray();
        return rows;
    }

    internal static double[] ToDoubles(Tensor values)
    {
        using var scope = NewDisposeScope();
        return values.detach().to(ScalarType.Float64).cpu().contiguous().data<double>().ToArray();
    }

    public void Dispose()
    {
        _adam.Dispose();
        _z.Dispose();
        _classes.Dispose();
    }
}

/// <summary>What one latent step measured, per start (plain arrays: safe to hand off the worker).</summary>
internal sealed record LatentStepValues(byte[][] Pixels, double[] Score, double[] RealnessTerm, double[] Extra, double[] Objective);
