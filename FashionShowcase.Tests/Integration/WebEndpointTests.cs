using System.Net;
using FashionShowcase.Core.Imaging;
using FashionShowcase.Web.Endpoints;

namespace FashionShowcase.Tests.Integration;

public sealed class WebEndpointTests : IClassFixture<ShowcaseFactory>
{
    private readonly ShowcaseFactory _factory;

    public WebEndpointTests(ShowcaseFactory factory) => _factory = factory;

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public async Task A_catalog_page_number_that_is_not_a_number_shows_the_first_page(string page)
    {
        using var response = await _factory.CreateClient().GetAsync("/catalog?page=" + page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Catalog", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_answers_ok()
    {
        using var response = await _factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_says_unavailable_and_names_the_missing_bundle_when_there_is_none()
    {
        using var response = await _factory.CreateClient().GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"catalog\":{\"status\":\"Healthy\"", body);
        Assert.Contains("No model bundle", body);
    }

    [Fact]
    public async Task A_catalog_image_is_the_items_28_by_28_png_with_caching_headers()
    {
        using var response = await _factory.CreateClient().GetAsync("/img/catalog/7.png");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        var (width, height, pixels) = ImageCodec.DecodeGrey(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((28, 28), (width, height));
        var catalog = Core.Catalog.DataSetLocator.LoadVerified(RepoPaths.Data, Core.Catalog.SplitFiles.Test);
        Assert.Equal(catalog.Image(7).ToArray(), pixels);
    }

    [Theory]
    [InlineData("/img/catalog/10000.png")]
    [InlineData("/img/catalog/-1.png")]
    public async Task An_unknown_catalog_image_id_is_404(string path)
    {
        using var response = await _factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_opening_the_admin_page_is_sent_to_the_login_page()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_sets_no_admin_cookie()
    {
        var (response, _, cookies) = await AdminLogin.PostAsync(_factory, "not-the-password");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("error=wrong", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("fashion-admin", cookies.GetCookieHeader(_factory.Server.BaseAddress));
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.PostAsync(AdminAccountEndpoints.LoginAction,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = ShowcaseFactory.AdminPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task After_logging_in_the_admin_page_opens()
    {
        var (_, client, _) = await AdminLogin.PostAsync(_factory, ShowcaseFactory.AdminPassword);
        using var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Launch training", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Logging_out_ends_the_admin_session()
    {
        await using var factory = new ShowcaseFactory();
        var (_, client, _) = await AdminLogin.PostAsync(factory, ShowcaseFactory.AdminPassword);
        var adminPage = await client.GetStringAsync("/admin");
        var token = System.Text.RegularExpressions.Regex.Match(adminPage, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"");
        Assert.True(token.Success, "The admin page has no antiforgery token for its logout form.");

        using var logout = await client.PostAsync(AdminAccountEndpoints.LogoutAction, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/admin/login", after.Headers.Location?.PathAndQuery);
    }

    [Theory]
    [InlineData("/admin/runs", true)]
    [InlineData("/", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("", false)]
    public void Only_same_site_paths_are_accepted_as_return_addresses(string url, bool local) =>
        Assert.Equal(local, AdminAccountEndpoints.IsLocal(url));
}
