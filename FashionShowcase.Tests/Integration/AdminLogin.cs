using System.Net;
using System.Text.RegularExpressions;
using FashionShowcase.Web.Endpoints;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FashionShowcase.Tests.Integration;

/// <summary>Logs in as a browser would: fetch the login page (antiforgery token + cookie), post the form.</summary>
public static partial class AdminLogin
{
    /// <summary>Posts the login form; returns the response (a redirect) and the client that holds the cookies.</summary>
    public static async Task<(HttpResponseMessage Response, HttpClient Client, CookieContainer Cookies)> PostAsync(ShowcaseFactory factory, string password)
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(new CookieHandler(cookies));
        var page = await client.GetStringAsync(AdminAccountEndpoints.LoginPage);
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, "The login page has no antiforgery token.");
        var response = await client.PostAsync(AdminAccountEndpoints.LoginAction, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["password"] = password,
            ["returnUrl"] = "/admin",
        }));
        return (response, client, cookies);
    }

    /// <summary>A Cookie header value carrying the admin cookie.</summary>
    public static async Task<string> CookieHeaderAsync(ShowcaseFactory factory)
    {
        var (response, _, cookies) = await PostAsync(factory, ShowcaseFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        return cookies.GetCookieHeader(factory.Server.BaseAddress);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>Keeps cookies between requests and never follows redirects, so tests see them.</summary>
    private sealed class CookieHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var header = cookies.GetCookieHeader(request.RequestUri!);
            if (header.Length > 0) request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (var c in setCookies) cookies.SetCookies(request.RequestUri!, c);
            return response;
        }
    }
}
