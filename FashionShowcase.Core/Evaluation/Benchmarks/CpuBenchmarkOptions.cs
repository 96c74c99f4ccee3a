using FashionShowcase.Core.Models;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>What `fashion bench` measures; the defaults are the issue's: the cpu preset's GAN at its batch size.</summary>
public sealed record CpuBenchmarkOptions
{
    /// <summary>Side of the square fp32 matmul (2n³ FLOPs); 1024–2048 reach BLAS's plateau on small CPUs.</summary>
    public int MatmulSize { get; init; } = 1536;

    public int MatmulRepeats { get; init; } = 7;

    /// <summary>The GAN whose training step is timed (shape and batch size).</summary>
    public GanConfig Gan { get; init; } = GanConfig.Preset("cpu");

    public int StepWarmup { get; init; } = 3;

    public int StepRepeats { get; init; } = 9;

    /// <summary>Lay conv kernels and the real batch out channels-last (NHWC) before timing (see ChannelsLastLayout).</summary>
    public bool ChannelsLast { get; init; }

    /// <summary>
    /// Freeze D's weights during the G update (their gradients are discarded anyway). GanStepFlops counts
    /// only the necessary work, so a step without freezing does uncounted extra work and scores lower.
    /// </summary>
    public bool FreezeDiscriminatorForGenerator { get; init; } = true;

    /// <summary>Seeds the model initialisation (speed does not depend on it; results stay reproducible).</summary>
    public long Seed { get; init; } = 1;

    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Gan, nameof(Gan));
        Gan.Validate();
        if (MatmulSize is < 64 or > 16384)
            throw new ArgumentOutOfRangeException(nameof(MatmulSize), MatmulSize, "MatmulSize must be in 64..16384.");
        if (MatmulRepeats is < 1 or > 1000)
            throw new ArgumentOutOfRangeException(nameof(MatmulRepeats), MatmulRepeats, "MatmulRepeats must be in 1..1000.");
        if (StepWarmup is < 0 or > 1000)
            throw new ArgumentOutOfRangeException(nameof(StepWarmup), StepWarmup, "StepWarmup must be in 0..1000.");
        if (StepRepeats is < 1 or > 1000)
            throw new ArgumentOutOfRangeException(nameof(StepRepeats), StepRepeats, "StepRepeats must be in 1..1000.");
    }
}
