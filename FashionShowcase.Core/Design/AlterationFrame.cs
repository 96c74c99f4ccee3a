namespace FashionShowcase.Core.Design;

/// <summary>
/// One step of a personalised alteration, immutable. Step 0 is the reconstruction G(z*, c); the
/// final frame carries a difference map against the original (in <see cref="Inversion"/>).
/// </summary>
/// <param name="Png">The altered item at this step, 28×28 grey PNG.</param>
/// <param name="Pixels">The same as 784 grey bytes.</param>
/// <param name="Score">Learned preference θuᵀΦ(G(z,c)).</param>
/// <param name="RealnessTerm">(D(G(z,c),c) − 1)².</param>
/// <param name="ProximityTerm">λ‖G(z,c) − X‖² (subtracted in the objective).</param>
/// <param name="Objective">Score − η·RealnessTerm − ProximityTerm.</param>
/// <param name="DistanceMse">Pixel MSE to the original, intensities in [0, 1].</param>
/// <param name="Similarity">SSIM to the original (1 = identical).</param>
/// <param name="Inversion">The inversion this trajectory started from (original, reconstruction, error).</param>
/// <param name="DifferencePng">|altered − original| as a grey PNG; final frame only.</param>
public sealed record AlterationFrame(
    int Step,
    int TotalSteps,
    bool IsFinal,
    byte[] Png,
    byte[] Pixels,
    double Score,
    double RealnessTerm,
    double ProximityTerm,
    double Objective,
    double DistanceMse,
    double Similarity,
    ItemInversion Inversion,
    byte[]? DifferencePng = null);
