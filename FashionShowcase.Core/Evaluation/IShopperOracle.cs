namespace FashionShowcase.Core.Evaluation;

/// <summary>
/// A simulated shopper's TRUE taste (the hidden persona the interactions were sampled from):
/// what no learned model sees, and what tells whether a design is really better for that shopper.
/// Pure CPU, any thread.
/// </summary>
public interface IShopperOracle
{
    /// <summary>True score of a 28×28 grey item (784 bytes, light on black) for a shopper.</summary>
    double TrueScore(ReadOnlySpan<byte> pixels, int shopper);
}

/// <summary>Adapts a function (pixels, shopper) → true score to <see cref="IShopperOracle"/>.</summary>
public sealed class DelegateShopperOracle(Func<byte[], int, double> trueScore) : IShopperOracle
{
    public double TrueScore(ReadOnlySpan<byte> pixels, int shopper) => trueScore(pixels.ToArray(), shopper);
}
