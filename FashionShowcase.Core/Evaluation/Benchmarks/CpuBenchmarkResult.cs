using System.Text.Json.Serialization;

namespace FashionShowcase.Core.Evaluation.Benchmarks;

/// <summary>What `fashion bench --json` prints (snake_case via BundleManifest.Json).</summary>
public sealed record CpuBenchmarkResult
{
    /// <summary>fp32 square matmul rate, measured in the same process: the machine's attainable peak.</summary>
    [JsonPropertyName("matmul_gflops")]
    public required double MatmulGflops { get; init; }

    [JsonPropertyName("matmul_size")]
    public required int MatmulSize { get; init; }

    /// <summary>Images per second through one full LSGAN step (update D, then G).</summary>
    [JsonPropertyName("gan_step_images_per_s")]
    public required double GanStepImagesPerSecond { get; init; }

    /// <summary>Counted step FLOPs (GanStepFlops) ÷ measured step time.</summary>
    [JsonPropertyName("gan_step_gflops")]
    public required double GanStepGflops { get; init; }

    /// <summary>gan_step_gflops ÷ matmul_gflops (the target is ≥ 0.5).</summary>
    [JsonPropertyName("gan_step_fraction_of_matmul")]
    public double GanStepFractionOfMatmul => MatmulGflops > 0 ? GanStepGflops / MatmulGflops : 0;

    [JsonPropertyName("gan_step_seconds")]
    public required double GanStepSeconds { get; init; }

    [JsonPropertyName("gan_step_flops_per_image")]
    public required long GanStepFlopsPerImage { get; init; }

    /// <summary>Seconds for one epoch of the 60,000 training images at the measured rate.</summary>
    [JsonPropertyName("epoch_seconds_60k")]
    public double EpochSeconds60k => GanStepImagesPerSecond > 0 ? 60_000 / GanStepImagesPerSecond : double.PositiveInfinity;

    /// <summary>Process CPU seconds per step (all threads): the work, whatever else the machine was doing.</summary>
    [JsonPropertyName("gan_step_cpu_seconds")]
    public required double GanStepCpuSeconds { get; init; }

    /// <summary>
    /// Counted FLOPs per CPU-second of the step ÷ the same for the matmul: how efficiently the step uses
    /// the cores it gets. Close to the wall-clock fraction on an idle machine; far above it on a busy one.
    /// </summary>
    [JsonPropertyName("gan_step_cpu_efficiency_vs_matmul")]
    public required double GanStepCpuEfficiencyVsMatmul { get; init; }

    [JsonPropertyName("batch_size")]
    public required int BatchSize { get; init; }

    [JsonPropertyName("width")]
    public required int Width { get; init; }

    [JsonPropertyName("latent_size")]
    public required int LatentSize { get; init; }

    [JsonPropertyName("channels_last")]
    public required bool ChannelsLast { get; init; }

    [JsonPropertyName("freeze_discriminator_for_g")]
    public required bool FreezeDiscriminatorForGenerator { get; init; }

    /// <summary>OMP_WAIT_POLICY libgomp started with ("default" = spin, then sleep).</summary>
    [JsonPropertyName("omp_wait_policy")]
    public required string OmpWaitPolicy { get; init; }

    /// <summary>1-minute load average when the benchmark finished (Linux; null elsewhere): above the core count, other processes competed.</summary>
    [JsonPropertyName("load_average_1m")]
    public double? LoadAverage1m { get; init; }

    [JsonPropertyName("threads")]
    public required int Threads { get; init; }

    [JsonPropertyName("device")]
    public required string Device { get; init; }
}
