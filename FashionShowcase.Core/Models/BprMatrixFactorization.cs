namespace FashionShowcase.Core.Models;

/// <summary>
/// BPR-MF (Rendle et al. 2009), the baseline without images: x(u, i) = pᵤᵀqᵢ + bᵢ. An item nobody
/// trained on keeps its small random start, so it cannot rank cold items: that is the point of
/// comparing it with DVBPR. Plain arrays: small, thread-safe to read, trained by SGD in
/// <see cref="Training.BprMatrixFactorizationTrainer"/>.
/// </summary>
public sealed class BprMatrixFactorization
{
    public BprMatrixFactorization(int shoppers, int items, int factors, Random rng)
    {
        if (shoppers < 1 || items < 1) throw new ArgumentOutOfRangeException(nameof(shoppers), "Shoppers and items must be positive.");
        if (factors is < 1 or > 1024) throw new ArgumentOutOfRangeException(nameof(factors), factors, "Factors must be in 1..1024.");
        ShopperCount = shoppers;
        ItemCount = items;
        Factors = factors;
        ShopperFactors = new float[shoppers * factors];
        ItemFactors = new float[items * factors];
        ItemBias = new float[items];
        for (int k = 0; k < ShopperFactors.Length; k++) ShopperFactors[k] = (float)(rng.NextDouble() - 0.5) * 0.02f;
        for (int k = 0; k < ItemFactors.Length; k++) ItemFactors[k] = (float)(rng.NextDouble() - 0.5) * 0.02f;
    }

    public int ShopperCount { get; }

    public int ItemCount { get; }

    public int Factors { get; }

    internal float[] ShopperFactors { get; }

    internal float[] ItemFactors { get; }

    internal float[] ItemBias { get; }

    public double Score(int shopper, int item)
    {
        double s = ItemBias[item];
        int pu = shopper * Factors, qi = item * Factors;
        for (int k = 0; k < Factors; k++) s += ShopperFactors[pu + k] * ItemFactors[qi + k];
        return s;
    }
}
