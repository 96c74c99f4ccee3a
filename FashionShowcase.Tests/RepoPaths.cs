namespace FashionShowcase.Tests;

/// <summary>Locates the repository (shipped catalog, shipped bundle) from the test's output directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Core.Runtime.RepositoryLocator.FindRoot(AppContext.BaseDirectory)
        ?? throw new DirectoryNotFoundException("FashionShowcase.sln not found above " + AppContext.BaseDirectory);

    public static string Data => Path.Combine(Root, "data");

    public static string Models => Path.Combine(Root, "models");
}
