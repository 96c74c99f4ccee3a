namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// How the simulated shopper set is generated. Everything is derived from these numbers and the
/// catalog, so a bundle stores this record instead of the interactions themselves.
/// </summary>
public sealed record ShopperPopulationOptions
{
    public long Seed { get; init; } = 7;

    /// <summary>Shoppers in all, spread evenly over the personas.</summary>
    public int Users { get; init; } = 2000;

    public int MinInteractions { get; init; } = 10;

    public int MaxInteractions { get; init; } = 50;

    /// <summary>τ in P(item) ∝ exp(true score / τ): lower = pickier shoppers, an easier ranking task.</summary>
    public double Temperature { get; init; } = 2.0;

    /// <summary>Standard deviation of each shopper's deviation from the persona's attribute weights.</summary>
    public double AttributeNoise { get; init; } = 1.0;

    /// <summary>Standard deviation of each shopper's deviation from the persona's class affinities.</summary>
    public double AffinityNoise { get; init; } = 1.0;

    /// <summary>Share of catalog items kept out of all training interactions (cold-start evaluation).</summary>
    public double ColdFraction { get; init; } = 0.1;

    public static ShopperPopulationOptions Preset(string name) => name.ToLowerInvariant() switch
    {
        "cpu" or "gpu" => new ShopperPopulationOptions(),
        "tiny" => new ShopperPopulationOptions { Users = 60, MinInteractions = 10, MaxInteractions = 20 },
        _ => throw new ArgumentException($"Unknown preset '{name}'. Use cpu, gpu or tiny.", nameof(name)),
    };

    public void Validate()
    {
        if (Users is < 1 or > 1_000_000) throw new ArgumentOutOfRangeException(nameof(Users), Users, "Users must be in 1..1,000,000.");
        if (MinInteractions < 4)
            throw new ArgumentOutOfRangeException(nameof(MinInteractions), MinInteractions, "MinInteractions must be at least 4 (train, validation, test and a cold item).");
        if (MaxInteractions < MinInteractions || MaxInteractions > 10_000)
            throw new ArgumentOutOfRangeException(nameof(MaxInteractions), MaxInteractions, "MaxInteractions must be between MinInteractions and 10,000.");
        if (!(Temperature > 0) || !double.IsFinite(Temperature))
            throw new ArgumentOutOfRangeException(nameof(Temperature), Temperature, "Temperature must be a positive number.");
        if (!(AttributeNoise >= 0) || !double.IsFinite(AttributeNoise))
            throw new ArgumentOutOfRangeException(nameof(AttributeNoise), AttributeNoise, "AttributeNoise must be zero or positive.");
        if (!(AffinityNoise >= 0) || !double.IsFinite(AffinityNoise))
            throw new ArgumentOutOfRangeException(nameof(AffinityNoise), AffinityNoise, "AffinityNoise must be zero or positive.");
        if (ColdFraction is < 0 or >= 0.5 || double.IsNaN(ColdFraction))
            throw new ArgumentOutOfRangeException(nameof(ColdFraction), ColdFraction, "ColdFraction must be in [0, 0.5).");
    }
}
