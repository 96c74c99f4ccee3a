using Bunit;
using FashionShowcase.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace FashionShowcase.Tests.Components;

public sealed class RedirectToLoginTests : MudComponentTest
{
    [Fact]
    public void An_unauthorised_visit_goes_to_the_login_page_with_a_way_back()
    {
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/admin/runs/3");

        Context.Render<RedirectToLogin>();

        Assert.Equal("http://localhost/admin/login?returnUrl=%2Fadmin%2Fruns%2F3", navigation.Uri);
    }
}
