namespace FashionShowcase.Tests;

/// <summary>Locates the repository (shipped catalog, shipped bundle) from the test's output directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Models => Path.Combine(Root, "models");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FashionShowcase.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("FashionShowcase.sln not found above " + AppContext.BaseDirectory);
    }
}
