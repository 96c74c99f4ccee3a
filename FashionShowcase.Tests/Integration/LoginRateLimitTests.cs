using System.Net;

namespace FashionShowcase.Tests.Integration;

public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Login_attempts_beyond_the_limit_per_window_are_answered_too_many_requests()
    {
        await using var factory = new ShowcaseFactory { Settings = new() { ["Admin:LoginAttempts"] = "2", ["Admin:LoginWindow"] = "01:00:00" } };
        var statuses = new List<HttpStatusCode>();
        for (int attempt = 0; attempt < 3; attempt++)
            statuses.Add((await AdminLogin.PostAsync(factory, "wrong-password")).Response.StatusCode);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Even_the_right_password_is_refused_once_the_limit_is_spent()
    {
        await using var factory = new ShowcaseFactory { Settings = new() { ["Admin:LoginAttempts"] = "1", ["Admin:LoginWindow"] = "01:00:00" } };
        await AdminLogin.PostAsync(factory, "wrong-password");
        var (response, _, _) = await AdminLogin.PostAsync(factory, ShowcaseFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }
}
