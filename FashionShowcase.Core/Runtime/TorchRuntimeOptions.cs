namespace FashionShowcase.Core.Runtime;

/// <summary>How TorchSharp runs: CPU threads and device preference.</summary>
public sealed record TorchRuntimeOptions
{
    /// <summary>CPU threads for libtorch; 0 = the machine's core count.</summary>
    public int Threads { get; init; }

    /// <summary>"auto" (CUDA when available, else CPU), "cpu" or "cuda".</summary>
    public string Device { get; init; } = "auto";

    public void Validate()
    {
        if (Threads < 0 || Threads > 1024)
            throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "Threads must be 0 (all cores) or 1..1024.");
        if (Device is not ("auto" or "cpu" or "cuda"))
            throw new ArgumentException($"Device must be auto, cpu or cuda, not '{Device}'.", nameof(Device));
    }
}
