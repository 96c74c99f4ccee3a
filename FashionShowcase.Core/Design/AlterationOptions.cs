namespace FashionShowcase.Core.Design;

/// <summary>Settings of a personalised alteration: inversion, then preference ascent held near the item.</summary>
public sealed record AlterationOptions
{
    /// <summary>
    /// λ of the proximity term λ‖G(z,c) − X‖² (sum over the 784 pixels in [-1, 1]). Larger keeps the
    /// item more recognisable; smaller lets the shopper's taste change it more. 0.05 makes a change
    /// of a tenth of the pixels by half their range cost about one unit of learned score.
    /// </summary>
    public double Proximity { get; init; } = 0.05;

    /// <summary>η: weight of the realness penalty, as in design.</summary>
    public double Eta { get; init; } = 1.0;

    public double LearningRate { get; init; } = 0.05;

    public int Steps { get; init; } = 40;

    public InversionOptions Inversion { get; init; } = new();

    public AlterationOptions Validated()
    {
        if (!double.IsFinite(Proximity) || Proximity < 0 || Proximity > 1000)
            throw new ArgumentOutOfRangeException(nameof(Proximity), Proximity, "Proximity (λ) must be in [0, 1000].");
        if (!double.IsFinite(Eta) || Eta < 0 || Eta > 1000)
            throw new ArgumentOutOfRangeException(nameof(Eta), Eta, "Eta (realness weight) must be in [0, 1000].");
        if (!double.IsFinite(LearningRate) || LearningRate <= 0 || LearningRate > 10)
            throw new ArgumentOutOfRangeException(nameof(LearningRate), LearningRate, "LearningRate must be in (0, 10].");
        if (Steps is < 0 or > 10_000)
            throw new ArgumentOutOfRangeException(nameof(Steps), Steps, "Steps must be in 0..10000.");
        ArgumentNullException.ThrowIfNull(Inversion);
        Inversion.Validated();
        return this;
    }
}
