using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Core.Shoppers;

/// <summary>
/// DVBPR's leave-one-out protocol plus cold items. A seeded 10 % of the catalog is "cold": no shopper's
/// interaction with it is ever trained on. Of each shopper's warm interactions one is held out for
/// validation and one for test; of their cold interactions one is the cold test item (if any). The
/// rest are training pairs. A shopper with fewer than 3 warm interactions trains on all of them and
/// is left out of warm evaluation.
/// </summary>
public sealed class InteractionSplit
{
    private readonly int[][] _train;
    private readonly int[] _validation;
    private readonly int[] _test;
    private readonly int[] _coldTest;
    private readonly HashSet<int>[] _touched;
    private readonly bool[] _isCold;

    private InteractionSplit(int itemCount, bool[] isCold, int[][] train, int[] validation, int[] test, int[] coldTest, HashSet<int>[] touched)
    {
        ItemCount = itemCount;
        _isCold = isCold;
        _train = train;
        _validation = validation;
        _test = test;
        _coldTest = coldTest;
        _touched = touched;
        ColdItems = Enumerable.Range(0, itemCount).Where(i => isCold[i]).ToArray();
        WarmItems = Enumerable.Range(0, itemCount).Where(i => !isCold[i]).ToArray();
        TrainingPairCount = train.Sum(t => t.Length);
    }

    public int ItemCount { get; }

    public int ShopperCount => _train.Length;

    public IReadOnlyList<int> ColdItems { get; }

    public IReadOnlyList<int> WarmItems { get; }

    public int TrainingPairCount { get; }

    public static InteractionSplit Create(ShopperPopulation population, int itemCount)
    {
        ArgumentNullException.ThrowIfNull(population);
        var options = population.Options;
        var isCold = new bool[itemCount];
        var order = Enumerable.Range(0, itemCount).ToArray();
        SeedStream.For(options.Seed, -1, 3).Shuffle(order);
        foreach (var item in order.Take((int)Math.Round(itemCount * options.ColdFraction)))
            isCold[item] = true;

        var n = population.Count;
        var train = new int[n][];
        var validation = new int[n];
        var test = new int[n];
        var coldTest = new int[n];
        var touched = new HashSet<int>[n];
        for (int u = 0; u < n; u++)
        {
            var interactions = population.Shoppers[u].Interactions;
            foreach (var item in interactions)
                if ((uint)item >= (uint)itemCount)
                    throw new ArgumentException($"Shopper {u} touched item {item}; the catalog has {itemCount} items.", nameof(itemCount));
            touched[u] = [.. interactions];
            var rng = SeedStream.For(options.Seed, u, 4);
            var warm = interactions.Where(i => !isCold[i]).ToArray();
            var cold = interactions.Where(i => isCold[i]).ToArray();
            rng.Shuffle(warm);
            coldTest[u] = cold.Length > 0 ? cold[rng.Next(cold.Length)] : -1;
            if (warm.Length >= 3)
            {
                test[u] = warm[0];
                validation[u] = warm[1];
                train[u] = warm[2..];
            }
            else
            {
                test[u] = validation[u] = -1;
                train[u] = warm;
            }
            Array.Sort(train[u]);
        }
        return new InteractionSplit(itemCount, isCold, train, validation, test, coldTest, touched);
    }

    public bool IsCold(int item) => _isCold[item];

    /// <summary>The items a shopper's model may learn from.</summary>
    public IReadOnlyList<int> Train(int shopper) => _train[shopper];

    /// <summary>Held-out warm item for validation, or −1.</summary>
    public int ValidationItem(int shopper) => _validation[shopper];

    /// <summary>Held-out warm item for the test AUC, or −1.</summary>
    public int TestItem(int shopper) => _test[shopper];

    /// <summary>Held-out cold item for the cold-start AUC, or −1 when the shopper touched no cold item.</summary>
    public int ColdTestItem(int shopper) => _coldTest[shopper];

    /// <summary>True when the shopper interacted with the item at all (train, held out or cold).</summary>
    public bool Touched(int shopper, int item) => _touched[shopper].Contains(item);

    /// <summary>How many training interactions each item has (the popularity baseline).</summary>
    public int[] TrainingCounts()
    {
        var counts = new int[ItemCount];
        foreach (var items in _train)
            foreach (var i in items) counts[i]++;
        return counts;
    }

    /// <summary>All training pairs as parallel arrays (shopper, item), shopper-major.</summary>
    public (int[] Shoppers, int[] Items) TrainingPairs()
    {
        var shoppers = new int[TrainingPairCount];
        var items = new int[TrainingPairCount];
        int k = 0;
        for (int u = 0; u < _train.Length; u++)
            foreach (var i in _train[u])
            {
                shoppers[k] = u;
                items[k++] = i;
            }
        return (shoppers, items);
    }

    /// <summary>
    /// A warm item outside the shopper's training items, drawn uniformly (a BPR negative). As in
    /// DVBPR's code it only avoids what training may see: held-out items stay unknown to training.
    /// </summary>
    public int SampleNegative(int shopper, Random rng)
    {
        while (true)
        {
            var j = WarmItems[rng.Next(WarmItems.Count)];
            if (Array.BinarySearch(_train[shopper], j) < 0) return j;
        }
    }
}
