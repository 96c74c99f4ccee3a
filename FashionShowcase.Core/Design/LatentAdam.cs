using static TorchSharp.torch;

namespace FashionShowcase.Core.Design;

/// <summary>
/// Adam on one latent tensor. Written out instead of torch.optim.Adam because the gradient comes
/// from autograd.grad (only z's gradient is computed; the frozen models' .grad fields are never
/// touched, so a model shared with other requests is not disturbed), and because its moment
/// tensors must outlive the per-step dispose scopes: they are created here, outside any scope,
/// and freed by <see cref="Dispose"/>. Worker thread only.
/// </summary>
internal sealed class LatentAdam : IDisposable
{
    private readonly Tensor _z;
    private readonly Tensor _m;
    private readonly Tensor _v;
    private readonly double _lr;
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly double _eps;
    private int _t;

    public LatentAdam(Tensor z, double learningRate, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8)
    {
        _z = z;
        _lr = learningRate;
        _beta1 = beta1;
        _beta2 = beta2;
        _eps = eps;
        _m = zeros_like(z).DetachFromDisposeScope();
        _v = zeros_like(z).DetachFromDisposeScope();
    }

    /// <summary>One descent step on z given the gradient of the loss (to ascend, pass the gradient of −objective).</summary>
    public void Step(Tensor gradient)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        _t++;
        _m.mul_(_beta1).add_(gradient, alpha: 1 - _beta1);
        _v.mul_(_beta2).addcmul_(gradient, gradient, value: 1 - _beta2);
        var mHat = _m / (1 - Math.Pow(_beta1, _t));
        var vHat = _v / (1 - Math.Pow(_beta2, _t));
        _z.sub_(mHat.div(vHat.sqrt().add(_eps)).mul(_lr));
    }

    public void Dispose()
    {
        _m.Dispose();
        _v.Dispose();
    }
}
