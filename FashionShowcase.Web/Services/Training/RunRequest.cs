using System.ComponentModel.DataAnnotations;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Training;

namespace FashionShowcase.Web.Services.Training;

/// <summary>
/// What the admin asks to train. One record for the three kinds; fields that a kind does not use
/// are ignored by its trainer (noted per field). Validated by data annotations (the form shows the
/// messages beside the fields) plus cross-field rules; <see cref="Validate"/> runs both.
/// </summary>
public sealed class RunRequest : IValidatableObject
{
    public static readonly string[] Presets = ["tiny", "cpu", "gpu"];

    public TrainingKind Kind { get; set; } = TrainingKind.Gan;

    /// <summary>tiny (seconds, for trying the pipeline), cpu (sized for 2 cores) or gpu.</summary>
    [Required(ErrorMessage = "Choose a preset.")]
    [RegularExpression("^(tiny|cpu|gpu)$", ErrorMessage = "Preset must be tiny, cpu or gpu.")]
    public string Preset { get; set; } = "tiny";

    [Range(1, 1000, ErrorMessage = "Epochs must be between 1 and 1000.")]
    public int Epochs { get; set; } = 1;

    [Range(1, 4096, ErrorMessage = "Batch size must be between 1 and 4096.")]
    public int BatchSize { get; set; } = 32;

    /// <summary>Generator (GAN) or model (classifier, recommender) learning rate.</summary>
    [Range(1e-6, 0.5, ErrorMessage = "Learning rate must be between 0.000001 and 0.5.")]
    public double LearningRate { get; set; } = 2e-4;

    /// <summary>Discriminator learning rate (GAN only).</summary>
    [Range(1e-6, 0.5, ErrorMessage = "Discriminator learning rate must be between 0.000001 and 0.5.")]
    public double DiscriminatorLearningRate { get; set; } = 2e-4;

    /// <summary>Kernel of the GAN's up/down-sampling convolutions: 2, 4, 6 or 8 (even sizes keep 7→14→28 exact).</summary>
    public int KernelSize { get; set; } = 4;

    /// <summary>Length of z (GAN) or of the taste vector θu, K (recommender).</summary>
    [Range(1, 1024, ErrorMessage = "Latent size must be between 1 and 1024.")]
    public int LatentSize { get; set; } = 8;

    [Range(0, long.MaxValue, ErrorMessage = "Seed must be zero or positive.")]
    public long Seed { get; set; } = 1;

    /// <summary>
    /// Train on only the first N training images (GAN, classifier); null = all 60,000. For trying
    /// the pipeline and for tests: a tiny run on a few hundred images takes seconds.
    /// </summary>
    [Range(100, 60_000, ErrorMessage = "Data limit must be between 100 and 60000 images (or left empty for all).")]
    public int? DataLimit { get; set; }

    /// <summary>Stop after this many optimiser steps (GAN, classifier); null = all epochs.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Max steps must be between 1 and 10000000 (or left empty for all epochs).")]
    public long? MaxSteps { get; set; }

    /// <summary>The preset's defaults for a kind, as a starting point for the form.</summary>
    public static RunRequest Defaults(TrainingKind kind, string preset)
    {
        var gan = GanConfig.Preset(preset);
        var classifier = ClassifierConfig.Preset(preset);
        return kind switch
        {
            TrainingKind.Classifier => new RunRequest
            {
                Kind = kind, Preset = preset, Epochs = classifier.Epochs, BatchSize = classifier.BatchSize,
                LearningRate = classifier.LearningRate, LatentSize = gan.LatentSize, KernelSize = gan.KernelSize,
            },
            // The official DVBPR settings: K = 100, Adam 1e-4, batch 128 (tiny: small K for tests).
            TrainingKind.Recommender => new RunRequest
            {
                Kind = kind, Preset = preset, Epochs = preset == "tiny" ? 1 : 5, BatchSize = preset == "tiny" ? 32 : 128,
                LearningRate = 1e-4, LatentSize = preset == "tiny" ? 8 : 100, KernelSize = gan.KernelSize,
            },
            _ => new RunRequest
            {
                Kind = kind, Preset = preset, Epochs = gan.Epochs, BatchSize = gan.BatchSize, LearningRate = gan.LearningRateG,
                DiscriminatorLearningRate = gan.LearningRateD, KernelSize = gan.KernelSize, LatentSize = gan.LatentSize,
            },
        };
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Kind))
            yield return new ValidationResult($"Unknown training kind {(int)Kind}; use Gan, Classifier or Recommender.", [nameof(Kind)]);
        if (Kind == TrainingKind.Gan && KernelSize is not (2 or 4 or 6 or 8))
            yield return new ValidationResult("Kernel size must be 2, 4, 6 or 8 (even sizes keep the 7→14→28 upsampling exact).", [nameof(KernelSize)]);
        if (Kind == TrainingKind.Recommender && (DataLimit is not null || MaxSteps is not null))
            yield return new ValidationResult("Data limit and max steps apply to the GAN and the classifier; the recommender always learns from the whole shopper set.", [nameof(DataLimit), nameof(MaxSteps)]);
    }

    /// <summary>Every problem with this request, in words (empty when valid).</summary>
    public IReadOnlyList<string> Problems()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? "Invalid value.").ToList();
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming every problem.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
            throw new ArgumentException("The training request is not valid: " + string.Join(" ", problems));
    }

    public RunRequest Copy() => (RunRequest)MemberwiseClone();
}
