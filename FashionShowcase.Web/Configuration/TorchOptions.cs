using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Web.Configuration;

/// <summary>How TorchSharp runs in the web app (section Torch).</summary>
public sealed class TorchOptions
{
    public const string Section = "Torch";

    /// <summary>CPU threads for libtorch; 0 = all cores.</summary>
    public int Threads { get; set; }

    /// <summary>auto (CUDA when available), cpu or cuda.</summary>
    public string Device { get; set; } = "auto";

    public TorchRuntimeOptions ToRuntimeOptions() => new() { Threads = Threads, Device = Device };

    internal IEnumerable<string> Problems()
    {
        if (Threads is < 0 or > 1024)
            yield return $"Torch:Threads is {Threads}; use 0 (all cores) or 1..1024.";
        if (Device is not ("auto" or "cpu" or "cuda"))
            yield return $"Torch:Device is '{Device}'; use auto, cpu or cuda.";
    }
}
