namespace FashionShowcase.Core.Training;

/// <summary>What training one bundle part produced: how long it ran and what it measured.</summary>
/// <param name="Steps">Optimiser steps in all (resumed runs include the checkpoint's).</param>
/// <param name="WallSeconds">Training wall time (resumed runs include the earlier runs').</param>
/// <param name="Metrics">Final metrics (GAN: last losses; recommender: AUCs; classifier: none).</param>
public sealed record BundlePartResult(TrainingKind Kind, long Steps, double WallSeconds, IReadOnlyDictionary<string, double> Metrics);
