namespace FashionShowcase.Web.Configuration;

/// <summary>Finds the repository root (the directory with FashionShowcase.sln) so a fresh clone needs no configuration.</summary>
public static class RepositoryRoot
{
    public const string MarkerFile = "FashionShowcase.sln";

    /// <summary>The first directory at or above one of <paramref name="starts"/> that holds the solution file; null when none does (e.g. in a container).</summary>
    public static string? Find(params string?[] starts)
    {
        foreach (var start in starts)
        {
            if (string.IsNullOrEmpty(start)) continue;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
                    return dir.FullName;
        }
        return null;
    }
}
