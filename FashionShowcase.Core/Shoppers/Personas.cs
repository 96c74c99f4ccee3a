using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// The built-in personas. Weights: ±1.0..1.4 on the attributes the description names, |w| ≤ 0.3 on the
/// rest (noise a visitor would not notice); affinities: ≥ +1.5 for loved classes, ≤ −1.5 for avoided
/// ones, |a| ≤ 0.5 otherwise.
/// </summary>
public static class Personas
{
    // Attribute order: Brightness, Area, Texture, Contrast, Symmetry.
    // Class order: T-shirt, Trouser, Pullover, Dress, Coat, Sandal, Shirt, Sneaker, Bag, Ankle boot.
    public static IReadOnlyList<Persona> All { get; } =
    [
        new("night-owl", "Night Owl", "Dark, heavily patterned tops; avoids sandals.",
            [-1.3, 0.2, 1.3, 0.1, 0.0], [1.5, 0.0, 1.5, -0.3, 1.5, -2.0, 1.5, 0.0, 0.2, 0.3]),
        new("minimalist", "The Minimalist", "Plain, light-coloured, symmetric dresses and shirts; avoids bags.",
            [1.1, -0.2, -1.3, 0.0, 1.0], [0.2, 0.3, 0.0, 1.8, -0.2, 0.0, 1.6, 0.2, -1.8, 0.0]),
        new("sneakerhead", "Sneakerhead", "Bold, high-contrast sneakers and T-shirts; avoids dresses.",
            [0.2, 0.0, 0.3, 1.4, -0.1], [1.6, 0.0, 0.0, -2.0, -0.3, 0.3, 0.0, 2.0, 0.0, 0.4]),
        new("cosy-layers", "Cosy Layers", "Roomy, bulky pullovers and coats in muted tones; avoids sandals and sneakers.",
            [0.2, 1.3, 0.0, -1.1, 0.2], [0.0, 0.0, 2.0, 0.0, 1.7, -1.8, 0.3, -1.6, 0.0, 0.4]),
        new("sharp-tailoring", "Sharp Tailoring", "Slim, dark trousers and ankle boots; avoids T-shirts.",
            [-1.1, -1.2, 0.0, 0.2, 0.3], [-1.6, 2.0, 0.0, 0.3, 0.4, 0.0, 0.3, -0.3, 0.0, 1.8]),
        new("summer-breeze", "Summer Breeze", "Light, small and airy sandals and dresses; avoids coats.",
            [1.3, -1.0, -0.2, 0.0, 0.0], [0.4, 0.0, -0.4, 1.7, -2.0, 2.0, 0.0, 0.3, 0.0, -0.3]),
        new("bag-collector", "Bag Collector", "Richly patterned, high-contrast bags; avoids trousers.",
            [0.0, 0.2, 1.2, 1.0, 0.0], [0.0, -1.6, 0.0, 0.0, 0.0, 0.3, 0.0, 0.0, 2.4, 0.3]),
        new("eclectic", "The Eclectic", "Quirky, asymmetric, patterned pieces from any category.",
            [0.0, 0.0, 1.0, 0.3, -1.4], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
        new("classic", "The Classic", "Symmetric, muted shirts and coats; avoids sneakers.",
            [0.3, 0.0, -0.2, -1.0, 1.3], [0.3, 0.3, 0.0, 0.0, 1.6, -0.3, 1.8, -1.7, 0.0, 0.0]),
    ];

    /// <summary>Finds a persona by id or name (case-insensitive), with a clear error listing the choices.</summary>
    public static Persona Find(string idOrName) =>
        All.FirstOrDefault(p => string.Equals(p.Id, idOrName, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(p.Name, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown persona '{idOrName}'. Known: {string.Join(", ", All.Select(p => p.Id))}.", nameof(idOrName));

    /// <summary>The classes a persona likes most, for UI hints ("loves sneakers").</summary>
    public static IReadOnlyList<FashionClass> Favourites(Persona persona) =>
        Categories.All.Where(c => persona.Affinity(c) >= 1.0).ToArray();
}
