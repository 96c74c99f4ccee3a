using System.Text.Json;
using FashionShowcase.Core.Evaluation.Benchmarks;
using FashionShowcase.Core.Models;
using FashionShowcase.Core.Runtime;
using FashionShowcase.Core.Storage;

namespace FashionShowcase.Cli.Verbs;

/// <summary>`fashion bench [--json] ...`: fp32 matmul rate vs the GAN training step's rate, in one process.</summary>
public static class BenchVerb
{
    public const string Usage = """
        fashion bench [--json] [--preset cpu|gpu|tiny] [--batch N] [--width N] [--channels-last] [--no-freeze-d]
                      [--omp-wait passive|active] [--matmul-size N] [--repeats N] [--threads N] [--device auto|cpu|cuda]
        Times a square fp32 matmul and one LSGAN training step (update D, then G) of the preset's GAN
        at its batch size (median after warm-up), and prints matmul_gflops, gan_step_images_per_s and
        gan_step_gflops (FLOPs counted from the layer shapes ÷ time). OpenMP threads wait passively unless
        --omp-wait active or OMP_WAIT_POLICY says otherwise (see OpenMpWaitPolicy).
        """;

    public static int Run(string[] argv) => Run(argv, Console.Out);

    /// <summary>Runs the verb writing its result to <paramref name="output"/> (for tests).</summary>
    public static int Run(string[] argv, TextWriter output)
    {
        var args = new CliArgs(argv.Skip(1), ["json", "channels-last", "no-freeze-d"]);
        var json = args.Has("json");
        var gan = GanConfig.Preset(args.Get("preset") ?? "cpu");
        gan = gan with { BatchSize = args.GetInt("batch") ?? gan.BatchSize, Width = args.GetInt("width") ?? gan.Width };
        var defaults = new CpuBenchmarkOptions();
        var options = defaults with
        {
            Gan = gan,
            ChannelsLast = args.Has("channels-last"),
            FreezeDiscriminatorForGenerator = !args.Has("no-freeze-d"),
            MatmulSize = args.GetInt("matmul-size") ?? defaults.MatmulSize,
            StepRepeats = args.GetInt("repeats") ?? defaults.StepRepeats,
        };
        options.Validate();
        // Before the worker loads libtorch; an explicit --omp-wait wins over the environment.
        if (args.Get("omp-wait") is { } wait) OpenMpWaitPolicy.Apply(wait, overrideUser: true);
        else OpenMpWaitPolicy.Apply();
        using var worker = CliContext.CreateWorker(args);
        args.RejectUnknown();

        Console.Error.WriteLine($"bench: {worker.Threads} threads on {(worker.IsCuda ? "cuda" : "cpu")}; GAN width {gan.Width}, batch {gan.BatchSize}…");
        var result = worker.Run(() => CpuBenchmark.Run(options, worker.Device));
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(result, BundleManifest.Json));
            return 0;
        }
        output.WriteLine($"matmul_gflops          {result.MatmulGflops,10:0.0}   fp32 {result.MatmulSize}×{result.MatmulSize}, median of {options.MatmulRepeats}");
        output.WriteLine($"gan_step_images_per_s  {result.GanStepImagesPerSecond,10:0.0}   batch {result.BatchSize}, {result.GanStepSeconds * 1000:0} ms per step, median of {options.StepRepeats}");
        output.WriteLine($"gan_step_gflops        {result.GanStepGflops,10:0.0}   {result.GanStepFlopsPerImage / 1e6:0.0} MFLOP per image per step");
        output.WriteLine($"fraction of matmul     {result.GanStepFractionOfMatmul,10:P0}   (target ≥ 50 %)");
        output.WriteLine($"cpu efficiency         {result.GanStepCpuEfficiencyVsMatmul,10:P0}   step FLOPs per CPU-second vs matmul's ({result.GanStepCpuSeconds:0.00} CPU s per step)");
        output.WriteLine($"conditions             {result.Threads} threads, OMP_WAIT_POLICY {result.OmpWaitPolicy}, channels-last {result.ChannelsLast}, D frozen for G {result.FreezeDiscriminatorForGenerator}, load average {result.LoadAverage1m?.ToString("0.0") ?? "n/a"}");
        output.WriteLine($"epoch of 60,000        {result.EpochSeconds60k,10:0}   seconds at this rate");
        return 0;
    }
}
