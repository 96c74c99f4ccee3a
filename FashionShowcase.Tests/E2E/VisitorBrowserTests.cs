using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FashionShowcase.Tests.E2E;

[Collection(BrowserCollection.Name)]
public sealed class VisitorBrowserTests
{
    private readonly BrowserFixture browser;

    public VisitorBrowserTests(BrowserFixture browser)
    {
        this.browser = browser;
        // Every click here is a round trip over the circuit, and models run on cores shared with the
        // rest of the suite: 5 s (Playwright's default) is too short under load, so expectations wait 30 s.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    private static readonly PageWaitForURLOptions DomReady = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    // A click's round trip over the circuit can take long while the suite trains models on the same cores.
    private static readonly PageWaitForURLOptions PatientUrl = new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 120_000 };

    // Designs and alterations run on one shared torch thread next to other test work: allow time, never assert on it.
    private static readonly LocatorAssertionsToBeVisibleOptions Patient = new() { Timeout = 120_000 };

    /// <summary>Waits for running CSS transitions (the navigation drawer sliding in once interactive), so a screenshot shows the settled layout.</summary>
    private static Task SettledAsync(IPage page) =>
        page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");

    [Fact]
    public async Task A_visitor_picks_a_shopper_and_watches_designs_appear_and_change()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await BrowserFixture.WaitForInteractivityAsync(page);
        await Assertions.Expect(page.GetByText("The shoppers are simulated", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Night Owl" })).ToBeVisibleAsync();
        await SettledAsync(page);
        await browser.ScreenshotAsync(page, "home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Open Night Owl" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/shopper/night-owl$"), DomReady);
        await BrowserFixture.WaitForInteractivityAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Design for me" }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/shopper/night-owl\?category=Tops&seed=\d+$"), PatientUrl);
        var firstTile = page.Locator(".design-grid img").First;
        await Assertions.Expect(firstTile).ToBeVisibleAsync(Patient);
        var firstImage = await firstTile.GetAttributeAsync("src");
        await browser.ScreenshotAsync(page, "shopper-design-started");
        await Assertions.Expect(firstTile).Not.ToHaveAttributeAsync("src", firstImage!, new() { Timeout = 120_000 });
        await browser.ScreenshotAsync(page, "shopper-design-mid");

        await Assertions.Expect(page.GetByText(new Regex("^Final designs after"))).ToBeVisibleAsync(Patient);
        await Assertions.Expect(page.Locator(".design-tile-best").First).ToBeVisibleAsync();
        Assert.True(await page.Locator(".recommended-grid .catalog-item-card").CountAsync() > 0);
        await browser.ScreenshotAsync(page, "shopper-design-final");
    }

    [Fact]
    public async Task Compare_shows_the_original_and_its_alteration_with_scores()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/compare?item=0&shopper=night-owl");
        await BrowserFixture.WaitForInteractivityAsync(page);

        await Assertions.Expect(page.GetByAltText("Original")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByAltText("Altered")).ToBeVisibleAsync(Patient);
        await Assertions.Expect(page.GetByText("Altered for Night Owl")).ToBeVisibleAsync(Patient);
        await Assertions.Expect(page.GetByAltText("Difference map")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-score=learned-after]")).Not.ToHaveTextAsync("–");
        await Assertions.Expect(page.Locator("[data-score=true-before]")).Not.ToHaveTextAsync("–");
        await browser.ScreenshotAsync(page, "compare");
    }

    [Fact]
    public async Task An_address_with_a_seed_reproduces_the_same_designs_on_phone_and_desktop()
    {
        async Task<string?> FinalFirstTile(IPage page)
        {
            await page.GotoAsync("/shopper/sneakerhead?category=Shoes&seed=5");
            await BrowserFixture.WaitForInteractivityAsync(page);
            await Assertions.Expect(page.GetByText(new Regex("^Final designs after"))).ToBeVisibleAsync(Patient);
            return await page.Locator(".design-grid img").First.GetAttributeAsync("src");
        }

        var phone = await browser.NewPageAsync(390, 844);
        var desktop = await browser.NewPageAsync();
        var onPhone = await FinalFirstTile(phone);
        Assert.Equal(onPhone, await FinalFirstTile(desktop));
        await browser.ScreenshotAsync(phone, "shopper-design-phone");
    }

    [Fact]
    public async Task An_upload_that_is_not_an_image_gets_a_friendly_message_and_a_real_one_is_altered()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/compare?shopper=minimalist");
        await BrowserFixture.WaitForInteractivityAsync(page);
        var upload = page.Locator("input[type=file]");
        // InputFile hooks its change listener after its own first render, a moment after the layout turns interactive.
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");

        await upload.SetInputFilesAsync(new FilePayload { Name = "notes.png", MimeType = "image/png", Buffer = "not a picture"u8.ToArray() });
        await Assertions.Expect(page.GetByText("'notes.png' is not a PNG or JPEG image.")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "compare-upload-refused");

        var png = Core.Imaging.ImageCodec.EncodeGrey(ShopperTestData.Catalog.Image(1), 28, 28);
        await upload.SetInputFilesAsync(new FilePayload { Name = "pullover.png", MimeType = "image/png", Buffer = png });
        await Assertions.Expect(page.GetByText("The classifier thinks it is a", new() { Exact = false })).ToBeVisibleAsync(Patient);
        await Assertions.Expect(page.GetByText("Original — your upload")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Altered for The Minimalist")).ToBeVisibleAsync(Patient);
        await browser.ScreenshotAsync(page, "compare-upload");
    }

    [Fact]
    public async Task A_mistyped_address_gets_a_message_not_an_error_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/shopper/night-owl?category=Shoes&seed=abc");
        await Assertions.Expect(page.GetByText("The seed 'abc' in the address is not a whole number", new() { Exact = false })).ToBeVisibleAsync();

        await page.GotoAsync("/shopper/nobody");
        await Assertions.Expect(page.GetByText("Unknown shopper 'nobody'", new() { Exact = false })).ToBeVisibleAsync();

        await page.GotoAsync("/compare?item=abc&shopper=night-owl");
        await Assertions.Expect(page.GetByText("'abc' is not a catalog item id", new() { Exact = false })).ToBeVisibleAsync();
    }
}
