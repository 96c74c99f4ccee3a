using FashionShowcase.Core.Catalog;
using FashionShowcase.Core.Runtime;

namespace FashionShowcase.Cli;

/// <summary>What every verb needs: where the repository is, how to find data, the torch worker.</summary>
public static class CliContext
{
    public static string? RepoRoot { get; } = RepositoryLocator.FindRoot();

    public static DataSetOptions DataOptions(CliArgs args) => new DataSetOptions
    {
        Directory = args.Get("data"),
        ShippedDirectory = RepoRoot is null ? null : Path.Combine(RepoRoot, "data"),
    }.WithEnvironment();

    public static TorchWorker CreateWorker(CliArgs args) => new(new TorchRuntimeOptions
    {
        Threads = args.GetInt("threads") ?? 0,
        Device = args.Get("device") ?? "auto",
    });

    /// <summary>The command line as typed, for manifests ("the exact CLI command that produced it").</summary>
    public static string CommandLine(string[] args) =>
        "dotnet run --project FashionShowcase.Cli -c Release -- " + string.Join(" ", args.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));

    public static string Hardware(TorchWorker worker) =>
        $"{(worker.IsCuda ? "cuda" : "cpu")}, {worker.Threads} threads, {Environment.ProcessorCount} cores visible";
}
