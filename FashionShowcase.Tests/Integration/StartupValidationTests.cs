using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Tests.Integration;

public sealed class StartupValidationTests
{
    private static OptionsValidationException StartWith(string key, string value)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Paths:RunsDirectory", Path.Combine(Path.GetTempPath(), "fs-web-" + Guid.NewGuid().ToString("N")));
            b.UseSetting(key, value);
        });
        return Assert.Throws<OptionsValidationException>(() => factory.Server);
    }

    [Fact]
    public void A_missing_data_directory_stops_the_start_and_says_what_to_set()
    {
        var error = StartWith("Paths:DataDirectory", "/nonexistent/fashion-data");
        Assert.Contains("Paths:DataDirectory '/nonexistent/fashion-data' does not exist", error.Message);
        Assert.Contains("Paths__DataDirectory", error.Message);
    }

    [Fact]
    public void A_negative_thread_count_stops_the_start_with_the_allowed_range()
    {
        var error = StartWith("Torch:Threads", "-1");
        Assert.Contains("Torch:Threads is -1; use 0 (all cores) or 1..1024", error.Message);
    }

    [Fact]
    public void A_too_short_admin_password_stops_the_start()
    {
        var error = StartWith("Admin:Password", "short");
        Assert.Contains("Admin:Password must have at least 8 characters", error.Message);
    }
}
