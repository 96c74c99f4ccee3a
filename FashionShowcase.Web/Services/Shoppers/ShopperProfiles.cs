using System.Globalization;
using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Shoppers;

namespace FashionShowcase.Web.Services.Shoppers;

/// <summary>
/// Reads the simulated shoppers of a loaded recommender for the visitor pages: one profile per
/// persona, the shopper behind an address, the persona's true taste in words, and which personas
/// like an item most. Everything here is plain reading of Core's shopper set (any thread).
/// </summary>
public static class ShopperProfiles
{
    /// <summary>How many history items a profile card shows.</summary>
    public const int StripLength = 6;

    /// <summary>A profile per persona, in the population's order.</summary>
    public static IReadOnlyList<PersonaProfile> All(ShopperRecommender recommender) =>
        recommender.Shoppers.Population.Personas.Select(p => Of(recommender, p)).ToArray();

    public static PersonaProfile Of(ShopperRecommender recommender, Persona persona)
    {
        var shoppers = recommender.Shoppers;
        var shopper = shoppers.Population.RepresentativeOf(persona.Id);
        return new PersonaProfile(persona.Id, persona.Name, persona.Description, shopper, shoppers.Split.Train(shopper).Take(StripLength).ToArray());
    }

    /// <summary>The profile behind an address part (a persona id or name, or a shopper number); null when unknown.</summary>
    public static PersonaProfile? Find(ShopperRecommender recommender, string reference, out string? problem)
    {
        problem = null;
        var population = recommender.Shoppers.Population;
        try
        {
            var shopper = ShopperReference.Resolve(population, reference);
            var persona = population.PersonaOf(shopper);
            var profile = Of(recommender, persona);
            return shopper == profile.Shopper
                ? profile
                : profile with { Shopper = shopper, History = recommender.Shoppers.Split.Train(shopper).Take(StripLength).ToArray() };
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
            return null;
        }
    }

    /// <summary>
    /// The simulation's ground truth for a persona, in words: the sentence, then each visual
    /// attribute that matters (strongest first) and the favourite and avoided classes.
    /// </summary>
    public static IReadOnlyList<string> TrueTaste(Persona persona)
    {
        var lines = new List<string> { persona.Description };
        foreach (var attribute in VisualAttributes.All.OrderByDescending(a => Math.Abs(persona.Weight(a))))
        {
            var w = persona.Weight(attribute);
            if (Math.Abs(w) < 0.5) continue;
            lines.Add($"{(w > 0 ? "Prefers more" : "Prefers less")} {AttributeName(attribute)} (weight {w.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)}).");
        }
        var loves = Categories.All.Where(c => persona.Affinity(c) >= 1.0).Select(Categories.DisplayName).ToArray();
        var avoids = Categories.All.Where(c => persona.Affinity(c) <= -1.0).Select(Categories.DisplayName).ToArray();
        if (loves.Length > 0) lines.Add($"Loves: {string.Join(", ", loves)}.");
        if (avoids.Length > 0) lines.Add($"Avoids: {string.Join(", ", avoids)}.");
        return lines;
    }

    /// <summary>Personas ranked by their representative shopper's learned score of a catalog item, highest first.</summary>
    public static IReadOnlyList<ItemFan> FansOf(ShopperRecommender recommender, int item) =>
        All(recommender)
            .Select(p => new ItemFan(p.PersonaId, p.Name, p.Shopper, recommender.Score(p.Shopper, item)))
            .OrderByDescending(f => f.Score)
            .ToArray();

    private static string AttributeName(VisualAttribute attribute) => attribute switch
    {
        VisualAttribute.Brightness => "brightness (light fabric)",
        VisualAttribute.Area => "area (roomy silhouette)",
        VisualAttribute.Texture => "texture (pattern)",
        VisualAttribute.Contrast => "contrast",
        VisualAttribute.Symmetry => "symmetry",
        _ => attribute.ToString().ToLowerInvariant(),
    };
}
