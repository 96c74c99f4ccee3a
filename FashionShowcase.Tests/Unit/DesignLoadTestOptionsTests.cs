using FashionShowcase.Cli.LoadTest;

namespace FashionShowcase.Tests.Unit;

public sealed class DesignLoadTestOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void A_loopback_url_is_accepted(string url) =>
        new DesignLoadTestOptions { Url = new Uri(url) }.Validate();

    [Theory]
    [InlineData("http://example.com")]
    [InlineData("http://10.0.0.5:5000")]
    public void A_url_of_another_machine_is_refused(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => new DesignLoadTestOptions { Url = new Uri(url) }.Validate());
        Assert.Contains("must point at this machine", error.Message);
    }

    [Fact]
    public void More_clients_than_the_bound_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DesignLoadTestOptions { Url = new Uri("http://127.0.0.1:1"), Clients = 101 }.Validate());
        Assert.Contains("--clients must be in 1..100", error.Message);
    }

    [Fact]
    public void The_nearest_rank_percentile_is_a_measured_value()
    {
        double[] values = [40, 10, 30, 20];
        Assert.Equal(20, Percentile.NearestRank(values, 50));
        Assert.Equal(40, Percentile.NearestRank(values, 95));
        Assert.Null(Percentile.NearestRank([], 50));
    }
}
