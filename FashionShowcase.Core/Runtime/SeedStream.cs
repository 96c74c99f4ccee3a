namespace FashionShowcase.Core.Runtime;

/// <summary>
/// Independent, reproducible random streams derived from one run seed (e.g. one per shopper), so a
/// part can be regenerated alone and the order of generation does not matter. SplitMix64 mixing:
/// HashCode is randomised per process and would break determinism.
/// </summary>
public static class SeedStream
{
    public static Random For(long seed, long stream, long substream = 0) =>
        new(unchecked((int)Mix(Mix(Mix((ulong)seed) ^ (ulong)stream) ^ (ulong)substream)));

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
