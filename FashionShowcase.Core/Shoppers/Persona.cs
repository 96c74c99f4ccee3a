using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// A shopper archetype with a hidden, human-readable taste: weights over the standardised
/// <see cref="VisualAttribute"/>s and affinities over the ten fine classes. The true score of an
/// item is affinity[class] + Σ weight[a]·attribute[a]. The description says in words what the
/// weights say in numbers (a test keeps them in agreement).
/// </summary>
public sealed record Persona
{
    public Persona(string id, string name, string description, IReadOnlyList<double> attributeWeights, IReadOnlyList<double> classAffinities)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A persona needs an id.", nameof(id));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A persona needs a name.", nameof(name));
        if (string.IsNullOrWhiteSpace(description)) throw new ArgumentException("A persona needs a description.", nameof(description));
        if (attributeWeights.Count != VisualAttributes.Count)
            throw new ArgumentException($"Persona '{id}' needs {VisualAttributes.Count} attribute weights, got {attributeWeights.Count}.", nameof(attributeWeights));
        if (classAffinities.Count != Categories.Count)
            throw new ArgumentException($"Persona '{id}' needs {Categories.Count} class affinities, got {classAffinities.Count}.", nameof(classAffinities));
        if (attributeWeights.Concat(classAffinities).Any(v => !double.IsFinite(v)))
            throw new ArgumentException($"Persona '{id}' has a weight that is not a finite number.");
        Id = id;
        Name = name;
        Description = description;
        AttributeWeights = attributeWeights.ToArray();
        ClassAffinities = classAffinities.ToArray();
    }

    /// <summary>Stable key (URLs, manifest), e.g. "night-owl".</summary>
    public string Id { get; }

    /// <summary>Display name, e.g. "Night Owl".</summary>
    public string Name { get; }

    /// <summary>One sentence a visitor understands, e.g. "Dark, heavily patterned tops; avoids sandals."</summary>
    public string Description { get; }

    /// <summary>Weight per <see cref="VisualAttribute"/> (index = enum value), on standardised attributes.</summary>
    public IReadOnlyList<double> AttributeWeights { get; }

    /// <summary>Affinity per <see cref="FashionClass"/> (index = official label).</summary>
    public IReadOnlyList<double> ClassAffinities { get; }

    public double Weight(VisualAttribute attribute) => AttributeWeights[(int)attribute];

    public double Affinity(FashionClass c) => ClassAffinities[(int)c];
}
