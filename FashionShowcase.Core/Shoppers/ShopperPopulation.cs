using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// The simulated shoppers over a catalog. Shopper u follows persona u mod P with Gaussian noise on
/// every weight and draws n ~ U[min, max] distinct items with probability ∝ exp(true score / τ),
/// sampled without replacement by the Gumbel-top-n trick. Each shopper has its own random stream,
/// so the population is the same for the same seed, catalog and personas.
/// </summary>
public sealed class ShopperPopulation
{
    private ShopperPopulation(ShopperPopulationOptions options, IReadOnlyList<Persona> personas, IReadOnlyList<SimulatedShopper> shoppers, ShopperOracle oracle)
    {
        Options = options;
        Personas = personas;
        Shoppers = shoppers;
        Oracle = oracle;
    }

    public ShopperPopulationOptions Options { get; }

    public IReadOnlyList<Persona> Personas { get; }

    public IReadOnlyList<SimulatedShopper> Shoppers { get; }

    /// <summary>The true score of every shopper (evaluation and explanation only, never training).</summary>
    public ShopperOracle Oracle { get; }

    public int Count => Shoppers.Count;

    public Persona PersonaOf(int shopper) => Personas[Shoppers[shopper].PersonaIndex];

    /// <summary>The shoppers following a persona (e.g. to pick a representative one in the UI).</summary>
    public IReadOnlyList<int> ShoppersOf(string personaId)
    {
        ArgumentNullException.ThrowIfNull(personaId);
        var index = Personas.ToList().FindIndex(p => p.Id == personaId);
        if (index < 0)
            throw new ArgumentException($"Unknown persona '{personaId}'. Known: {string.Join(", ", Personas.Select(p => p.Id))}.", nameof(personaId));
        return Shoppers.Where(s => s.PersonaIndex == index).Select(s => s.Id).ToArray();
    }

    /// <summary>
    /// The shopper of a persona whose own taste is closest to the persona's (smallest noise): the one
    /// the showcase presents as "this persona", so what the visitor reads matches what the shopper likes.
    /// </summary>
    public int RepresentativeOf(string personaId)
    {
        var candidates = ShoppersOf(personaId);
        var persona = PersonaOf(candidates[0]);
        return candidates.MinBy(u =>
            Shoppers[u].AttributeWeights.Zip(persona.AttributeWeights, (a, b) => (a - b) * (a - b)).Sum()
            + Shoppers[u].ClassAffinities.Zip(persona.ClassAffinities, (a, b) => (a - b) * (a - b)).Sum());
    }

    public static ShopperPopulation Generate(IReadOnlyList<FashionClass> itemClasses, VisualAttributes attributes, ShopperPopulationOptions options, IReadOnlyList<Persona>? personas = null)
    {
        ArgumentNullException.ThrowIfNull(itemClasses);
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        personas ??= FashionShowcase.Core.Shoppers.Personas.All;
        if (personas.Count == 0) throw new ArgumentException("At least one persona is needed.", nameof(personas));
        if (itemClasses.Count != attributes.ItemCount)
            throw new ArgumentException($"{itemClasses.Count} item classes but attributes for {attributes.ItemCount} items.");
        if (itemClasses.Count < options.MaxInteractions * 2)
            throw new ArgumentException($"The catalog has {itemClasses.Count} items; shoppers drawing up to {options.MaxInteractions} need at least {options.MaxInteractions * 2}.");

        var tastes = new (double[] Weights, double[] Affinities, int Persona)[options.Users];
        for (int u = 0; u < options.Users; u++)
        {
            var rng = SeedStream.For(options.Seed, u, 1);
            var p = personas[u % personas.Count];
            tastes[u] = (
                p.AttributeWeights.Select(w => w + options.AttributeNoise * Gaussian(rng)).ToArray(),
                p.ClassAffinities.Select(a => a + options.AffinityNoise * Gaussian(rng)).ToArray(),
                u % personas.Count);
        }
        var oracle = new ShopperOracle(attributes, itemClasses, tastes.Select(t => (t.Weights, t.Affinities)).ToArray());

        var shoppers = new SimulatedShopper[options.Users];
        var scores = new double[itemClasses.Count];
        for (int u = 0; u < options.Users; u++)
        {
            var rng = SeedStream.For(options.Seed, u, 2);
            int n = rng.Next(options.MinInteractions, options.MaxInteractions + 1);
            oracle.ScoreCatalog(u, scores);
            shoppers[u] = new SimulatedShopper(u, tastes[u].Persona, tastes[u].Weights, tastes[u].Affinities,
                SampleWithoutReplacement(scores, options.Temperature, n, rng));
        }
        return new ShopperPopulation(options, personas, shoppers, oracle);
    }

    /// <summary>
    /// Draws n distinct items with P ∝ exp(score / τ), one after another (Plackett–Luce): the n largest
    /// score/τ + Gumbel noise, in decreasing order, are exactly such a draw.
    /// </summary>
    internal static int[] SampleWithoutReplacement(ReadOnlySpan<double> scores, double temperature, int n, Random rng)
    {
        var best = new PriorityQueue<int, double>(n + 1);
        for (int i = 0; i < scores.Length; i++)
        {
            var u = rng.NextDouble();
            var key = scores[i] / temperature - Math.Log(-Math.Log(u + 1e-300) + 1e-300);
            if (best.Count < n) best.Enqueue(i, key);
            else if (best.TryPeek(out _, out var lowest) && key > lowest) best.EnqueueDequeue(i, key);
        }
        var drawn = new int[best.Count];
        for (int k = drawn.Length - 1; k >= 0; k--) drawn[k] = best.Dequeue();
        return drawn;
    }

    private static double Gaussian(Random rng)
    {
        // Box–Muller; 1 − U keeps the logarithm finite.
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
