using static TorchSharp.torch;

namespace FashionShowcase.Core.Runtime;

/// <summary>Determinism: every run takes a seed; the same seed and inputs give the same result.</summary>
public static class Seeds
{
    /// <summary>Seeds libtorch's global generator (worker thread) and returns a .NET Random with the same seed.</summary>
    public static Random Apply(long seed)
    {
        manual_seed(seed);
        if (cuda.is_available()) cuda.manual_seed_all(seed);
        return new Random(unchecked((int)seed ^ (int)(seed >> 32)));
    }
}
