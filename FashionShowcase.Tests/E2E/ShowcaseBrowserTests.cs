using System.Text.RegularExpressions;
using FashionShowcase.Tests.Integration;
using Microsoft.Playwright;

namespace FashionShowcase.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class ShowcaseBrowserTests(BrowserFixture browser)
{
    // Interactivity is awaited explicitly; waiting for every resource's load event adds nothing.
    private static readonly PageWaitForURLOptions DomReady = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    [Fact]
    public async Task A_visitor_opens_the_catalog_and_pages_through_it()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/catalog");
        await BrowserFixture.WaitForInteractivityAsync(page);
        Assert.Equal("/img/catalog/0.png", await page.Locator(".catalog-item-card img").First.GetAttributeAsync("src"));
        Assert.Equal(48, await page.Locator(".catalog-item-card").CountAsync());
        await browser.ScreenshotAsync(page, "catalog-page-1");

        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/catalog\?page=2$"), DomReady);
        await Assertions.Expect(page.Locator(".catalog-item-card img").First).ToHaveAttributeAsync("src", "/img/catalog/48.png");
        await Assertions.Expect(page.GetByText("page 2 of 209")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "catalog-page-2");
    }

    [Fact]
    public async Task A_visitor_on_a_phone_sees_only_shoes_when_filtering_by_shoes()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/catalog?group=Shoes");
        await BrowserFixture.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.GetByText("3000 items")).ToBeVisibleAsync();
        var captions = await page.Locator(".catalog-item-card .mud-typography-caption").AllInnerTextsAsync();
        Assert.NotEmpty(captions);
        Assert.All(captions, c => Assert.EndsWith("Shoes", c));
        await browser.ScreenshotAsync(page, "catalog-shoes-phone");
    }

    [Fact]
    public async Task An_admin_logs_in_and_sees_the_admin_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync(new Regex("/admin/login"), DomReady);
        await BrowserFixture.WaitForInteractivityAsync(page);
        await browser.ScreenshotAsync(page, "admin-login");

        await page.Locator("#admin-password").FillAsync(ShowcaseFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/admin$"), DomReady);
        await BrowserFixture.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.GetByText("Launch training").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "admin");
    }

    [Fact]
    public async Task An_admin_launches_a_run_and_watches_its_progress_and_sample_grid()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin/login?returnUrl=%2Fadmin");
        await BrowserFixture.WaitForInteractivityAsync(page);
        await page.Locator("#admin-password").FillAsync(ShowcaseFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/admin$"), DomReady);
        await BrowserFixture.WaitForInteractivityAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Launch training" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/admin/runs/\d+$"), DomReady);
        await Assertions.Expect(page.GetByText("Finished")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByAltText("Latest sample grid")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Step 4 / 4")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Losses")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "admin-run");
    }
}
