namespace FashionShowcase.Core.Shoppers;

/// <summary>Turns what a user types ("noir", "Night Owl", "1234") into a shopper index.</summary>
public static class ShopperReference
{
    /// <summary>A whole number is a shopper index; anything else names a persona, whose representative shopper is used.</summary>
    public static int Resolve(ShopperPopulation population, string text)
    {
        if (int.TryParse(text, out var index))
        {
            if (index < 0 || index >= population.Count)
                throw new ArgumentException($"Shopper {index} does not exist; shoppers are numbered 0..{population.Count - 1}.");
            return index;
        }
        var persona = population.Personas.FirstOrDefault(p =>
            string.Equals(p.Id, text, StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name, text, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Unknown shopper '{text}'. Use a shopper number or a persona: {string.Join(", ", population.Personas.Select(p => p.Id))}.");
        return population.RepresentativeOf(persona.Id);
    }
}
