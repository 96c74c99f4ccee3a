namespace FashionShowcase.Web.Services.Design;

/// <summary>An image's scores for one shopper: learned (θuᵀΦ) and true (the simulation's oracle), with the true score's percentile among catalog items of its class.</summary>
public sealed record AlterationScores(double Learned, double True, double TruePercentile);
