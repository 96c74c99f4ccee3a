using FashionShowcase.Core.Runtime;
using FashionShowcase.Web.Configuration;

namespace FashionShowcase.Tests.Unit;

public sealed class PathsOptionsTests
{
    [Fact]
    public void The_repository_root_is_found_by_walking_up_from_a_nested_directory()
    {
        var nested = Path.Combine(RepoPaths.Root, "FashionShowcase.Web", "Components");
        Assert.Equal(RepoPaths.Root, RepositoryLocator.FindRoot(null, "", nested));
    }

    [Fact]
    public void Outside_a_repository_no_root_is_found()
    {
        Assert.Null(RepositoryLocator.FindRoot(Path.GetTempPath()));
    }

    [Fact]
    public void Default_paths_resolve_to_the_repositorys_data_models_and_runs()
    {
        var paths = new PathsOptions();
        paths.Resolve(RepoPaths.Root);
        Assert.Equal(RepoPaths.Data, paths.DataDirectory);
        Assert.Equal(RepoPaths.Models, paths.ModelsDirectory);
        Assert.Equal(Path.Combine(RepoPaths.Models, "shipped"), paths.ShippedBundleDirectory);
        Assert.Equal(Path.Combine(RepoPaths.Root, "runs", "runs.db"), paths.SqlitePath);
        Assert.Empty(paths.Problems());
    }

    [Fact]
    public void Absolute_configured_paths_are_kept()
    {
        var paths = new PathsOptions { RunsDirectory = "/var/lib/fs/runs", SqlitePath = "/var/lib/fs/history.db" };
        paths.Resolve(RepoPaths.Root);
        Assert.Equal("/var/lib/fs/runs", paths.RunsDirectory);
        Assert.Equal("/var/lib/fs/history.db", paths.SqlitePath);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a/b")]
    public void A_shipped_bundle_name_that_is_not_a_plain_directory_name_is_a_problem(string name)
    {
        var paths = new PathsOptions { ShippedBundle = name };
        paths.Resolve(RepoPaths.Root);
        Assert.Contains(paths.Problems(), p => p.StartsWith("Paths:ShippedBundle"));
    }
}
