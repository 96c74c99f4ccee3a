using FashionShowcase.Core.Models;

namespace FashionShowcase.Core.Training;

/// <summary>One GAN training run: the model config plus how the loop runs and reports.</summary>
public sealed record GanTrainingOptions
{
    public GanConfig Config { get; init; } = GanConfig.Preset("cpu");

    public long Seed { get; init; } = 1;

    /// <summary>Directory for checkpoints (and resume); null = no checkpoints.</summary>
    public string? CheckpointDirectory { get; init; }

    /// <summary>Continue from the latest checkpoint in <see cref="CheckpointDirectory"/> if there is one.</summary>
    public bool Resume { get; init; }

    public int CheckpointEvery { get; init; } = 200;

    /// <summary>A progress event every N steps (and at the end).</summary>
    public int ProgressEvery { get; init; } = 20;

    /// <summary>A fixed-noise sample grid (one row per class) every N steps; 0 = only at the end.</summary>
    public int SampleEvery { get; init; } = 200;

    /// <summary>Columns of the sample grid (rows = the 10 classes).</summary>
    public int SampleColumns { get; init; } = 8;

    /// <summary>Stop after this many steps (for dry runs and tests); null = all epochs.</summary>
    public long? MaxSteps { get; init; }

    public void Validate()
    {
        Config.Validate();
        if (CheckpointEvery < 1) throw new ArgumentOutOfRangeException(nameof(CheckpointEvery), "CheckpointEvery must be ≥ 1.");
        if (ProgressEvery < 1) throw new ArgumentOutOfRangeException(nameof(ProgressEvery), "ProgressEvery must be ≥ 1.");
        if (SampleEvery < 0) throw new ArgumentOutOfRangeException(nameof(SampleEvery), "SampleEvery must be ≥ 0.");
        if (SampleColumns is < 1 or > 32) throw new ArgumentOutOfRangeException(nameof(SampleColumns), "SampleColumns must be in 1..32.");
        if (MaxSteps is < 1) throw new ArgumentOutOfRangeException(nameof(MaxSteps), "MaxSteps must be ≥ 1.");
        if (Resume && CheckpointDirectory is null) throw new ArgumentException("Resume needs a checkpoint directory.", nameof(Resume));
    }
}
