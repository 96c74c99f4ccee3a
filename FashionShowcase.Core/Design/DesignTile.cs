using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Design;

/// <summary>
/// One start of a design search at one step: what a page shows in one tile.
/// </summary>
/// <param name="Start">Index of the start (0..S−1); stable across frames.</param>
/// <param name="Class">The fine class this start is conditioned on.</param>
/// <param name="Png">The image as a 28×28 grey PNG.</param>
/// <param name="Pixels">The same image as 784 grey bytes (row-major, 0 = black), for metrics and oracles.</param>
/// <param name="Score">Learned preference θuᵀΦ(G(z,c)).</param>
/// <param name="RealnessTerm">(D(G(z,c),c) − 1)²: 0 when D finds the image perfectly real.</param>
/// <param name="Extra">Value of the extra objective term (0 when none was given).</param>
/// <param name="Objective">Score − η·RealnessTerm + Extra: what the search maximises.</param>
/// <param name="Rank">1 = best objective; set on the final frame only.</param>
public sealed record DesignTile(
    int Start,
    FashionClass Class,
    byte[] Png,
    byte[] Pixels,
    double Score,
    double RealnessTerm,
    double Extra,
    double Objective,
    int? Rank = null);
