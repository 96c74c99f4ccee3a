using System.Text.Json;
using System.Text.Json.Serialization;
using FashionShowcase.Core.Models;

namespace FashionShowcase.Core.Storage;

/// <summary>How one part of a bundle was produced: enough to reproduce it.</summary>
public sealed record TrainingRecord
{
    /// <summary>The exact CLI command that produced it.</summary>
    public required string Command { get; init; }

    public required long Seed { get; init; }

    public required double WallSeconds { get; init; }

    /// <summary>Machine description, e.g. "2 CPU threads, cpu".</summary>
    public string? Hardware { get; init; }

    public DateTimeOffset FinishedAt { get; init; } = DateTimeOffset.UtcNow;

    public long Steps { get; init; }
}

/// <summary>
/// manifest.json of a model bundle. Parts are optional so a bundle can grow (GAN, classifier,
/// recommender…); each part keeps its config (the shape to rebuild) and how it was trained.
/// </summary>
public sealed record BundleManifest
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;

    public string Name { get; init; } = "bundle";

    /// <summary>SHA-256 of the decompressed IDX files the bundle was trained on, by file name.</summary>
    public Dictionary<string, string> DataChecksums { get; init; } = [];

    public GanConfig? Gan { get; init; }

    public TrainingRecord? GanTraining { get; init; }

    public ClassifierConfig? Classifier { get; init; }

    public TrainingRecord? ClassifierTraining { get; init; }

    /// <summary>Recommender settings and shopper set, as JSON owned by the Shoppers/recommender code.</summary>
    public JsonElement? Recommender { get; init; }

    public TrainingRecord? RecommenderTraining { get; init; }

    /// <summary>Metrics from `fashion evaluate`, with the command that measured them.</summary>
    public Dictionary<string, double> Metrics { get; init; } = [];

    public string? MetricsCommand { get; init; }

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
