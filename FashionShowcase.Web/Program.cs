using FashionShowcase.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
// Serve MudBlazor's and the app's static assets from the build output in every environment,
// so `dotnet run -c Release` works without publishing.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddFashionCore(builder.Configuration);
builder.Services.AddShowcaseWeb(builder.Configuration);

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapShowcaseWeb();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
