using static TorchSharp.torch;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// Puts modules in eval mode (BatchNorm uses running statistics, dropout is off) and turns off
/// gradients for the lifetime of the scope; restores each module's mode on dispose, so measuring a
/// model in the middle of training leaves the training run as it was.
/// </summary>
internal sealed class InferenceMode : IDisposable
{
    private readonly (nn.Module Module, bool WasTraining)[] _modules;
    private readonly IDisposable _noGrad;

    public InferenceMode(params nn.Module[] modules)
    {
        _modules = modules.Select(m => (m, m.training)).ToArray();
        foreach (var m in modules) m.eval();
        _noGrad = no_grad();
    }

    /// <summary>The device of a module's first parameter (CPU for a module without parameters).</summary>
    public static Device DeviceOf(nn.Module module) =>
        module.parameters().FirstOrDefault() is { } p ? p.device : CPU;

    public void Dispose()
    {
        _noGrad.Dispose();
        foreach (var (module, wasTraining) in _modules) module.train(wasTraining);
    }
}
