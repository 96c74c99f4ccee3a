namespace FashionShowcase.Core.Runtime;

/// <summary>Finds the repository root (the directory with FashionShowcase.sln) so data/ and models/ are found from any working directory.</summary>
public static class RepositoryLocator
{
    public const string SolutionFile = "FashionShowcase.sln";

    /// <summary>Walks up from each start directory; null when no root is found.</summary>
    public static string? FindRoot(params string?[] starts)
    {
        foreach (var start in starts)
        {
            if (string.IsNullOrEmpty(start)) continue;
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                    return dir.FullName;
        }
        return null;
    }

    /// <summary>The root from the current directory or the app's base directory.</summary>
    public static string? FindRoot() => FindRoot(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
}
