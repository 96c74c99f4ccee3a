namespace FashionShowcase.Core.Runtime;

/// <summary>
/// Derives independent, reproducible seeds for sub-streams (an epoch's order, a step's noise, a
/// design request). SplitMix64: unlike HashCode.Combine it gives the same value in every process.
/// </summary>
public static class SeedMixer
{
    public static ulong Mix(long seed, long stream)
    {
        unchecked
        {
            ulong z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)stream + 0x632BE59BD9B4E019UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (z ^ (z >> 31)) & 0x7FFFFFFFFFFFFFFFUL;
        }
    }
}
