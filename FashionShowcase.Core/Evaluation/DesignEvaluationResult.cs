using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Core.Evaluation;

/// <summary>One (shopper, class) design compared with the real catalog items of that class.</summary>
/// <param name="OraclePercentile">Percentile (0–100) of the best design's true score among the real items' true scores.</param>
/// <param name="DesignScore">Learned score of the best design (rank 1 by the search's objective).</param>
/// <param name="BestRealScore">Highest learned score among the real items.</param>
/// <param name="ClassAccuracy">Fraction of the final designs (all starts) the classifier puts in the requested class.</param>
public sealed record DesignPairResult(int Shopper, FashionClass Class, double OraclePercentile, double DesignScore, double BestRealScore, double ClassAccuracy);

/// <summary>One (item, shopper) alteration judged by the oracle.</summary>
public sealed record AlterationPairResult(int Shopper, int Item, FashionClass Class, double TrueBefore, double TrueAfter, double Similarity, double InversionMse);

/// <summary>The design engine measured against the oracle (means over the pairs).</summary>
public sealed record DesignEvaluationResult(
    double DesignOraclePercentile,
    double DesignLearnedBeatsBestReal,
    double DesignConditionalAccuracy,
    double AlterationOracleGainFraction,
    double AlterationSimilarity,
    IReadOnlyList<DesignPairResult> Designs,
    IReadOnlyList<AlterationPairResult> Alterations)
{
    /// <summary>The metrics under the names `fashion evaluate --json` reports (alteration ones are NaN when none ran).</summary>
    public IReadOnlyDictionary<string, double> ToMetrics() => new Dictionary<string, double>
    {
        ["design_oracle_percentile"] = DesignOraclePercentile,
        ["design_learned_beats_best_real"] = DesignLearnedBeatsBestReal,
        ["design_conditional_accuracy"] = DesignConditionalAccuracy,
        ["alteration_oracle_gain_fraction"] = AlterationOracleGainFraction,
        ["alteration_similarity"] = AlterationSimilarity,
        ["design_pairs"] = Designs.Count,
        ["alteration_pairs"] = Alterations.Count,
    };
}
