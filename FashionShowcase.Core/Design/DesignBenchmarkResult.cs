namespace FashionShowcase.Core.Design;

/// <summary>Timings of design searches (milliseconds, wall clock, measured by the caller of the stream).</summary>
/// <param name="FirstFrameMs">Median time from the request to the first frame (step 0).</param>
/// <param name="FullMs">Median time from the request to the final frame.</param>
/// <param name="FullCpuMs">
/// Median CPU time the process used per search (all threads). On a shared machine the wall clock
/// mostly measures the neighbours; this is what the search itself costs.
/// </param>
public sealed record DesignBenchmarkResult(
    double FirstFrameMs,
    double FullMs,
    IReadOnlyList<double> FirstFrameSamplesMs,
    IReadOnlyList<double> FullSamplesMs,
    double FullCpuMs,
    int Starts,
    int Steps,
    int Threads,
    string Device,
    string Models)
{
    /// <summary>The numbers under the names `fashion bench --json` reports.</summary>
    public IReadOnlyDictionary<string, double> ToMetrics() => new Dictionary<string, double>
    {
        ["design_first_frame_ms"] = FirstFrameMs,
        ["design_full_ms"] = FullMs,
        ["design_full_cpu_ms"] = FullCpuMs,
    };
}
