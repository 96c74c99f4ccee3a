using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// A simulated shopper's TRUE taste (the hidden persona the interactions were sampled from):
/// what no learned model sees, and what tells whether a design is really better for that shopper.
/// Pure CPU, any thread.
/// </summary>
public interface IShopperOracle
{
    /// <summary>True score of a 28×28 grey item (784 bytes, light on black) of a given class for a shopper.</summary>
    double TrueScore(ReadOnlySpan<byte> pixels, FashionClass itemClass, int shopper);
}

/// <summary>Adapts a function (pixels, shopper) → true score to <see cref="IShopperOracle"/> (for tastes that ignore the class).</summary>
public sealed class DelegateShopperOracle(Func<byte[], int, double> trueScore) : IShopperOracle
{
    public double TrueScore(ReadOnlySpan<byte> pixels, FashionClass itemClass, int shopper) => trueScore(pixels.ToArray(), shopper);
}
