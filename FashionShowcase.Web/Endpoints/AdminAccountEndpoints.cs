using System.Security.Claims;
using FashionShowcase.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace FashionShowcase.Web.Endpoints;

/// <summary>
/// POST /admin/account/login and /admin/account/logout: plain form posts (antiforgery-checked by
/// the antiforgery middleware, since they bind forms) that set or clear the admin cookie. They
/// live outside Blazor because only an HTTP response can set a cookie.
/// </summary>
public static class AdminAccountEndpoints
{
    public const string LoginPage = "/admin/login";
    public const string LoginAction = "/admin/account/login";
    public const string LogoutAction = "/admin/account/logout";

    /// <summary>The rate-limiting policy on login posts (attempts per client address per minute).</summary>
    public const string LoginRateLimit = "admin-login";

    public static IEndpointRouteBuilder MapAdminAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(LoginAction, async ([FromForm] string? password, [FromForm] string? returnUrl, AdminGate gate, HttpContext http, ILogger<AdminGate> logger) =>
        {
            var target = IsLocal(returnUrl) ? returnUrl! : "/admin";
            if (!gate.Enabled) return Results.Redirect($"{LoginPage}?error=disabled");
            if (!gate.Verify(password))
            {
                logger.LogWarning("Failed admin login from {RemoteIp}", http.Connection.RemoteIpAddress);
                return Results.Redirect($"{LoginPage}?error=wrong&returnUrl={Uri.EscapeDataString(target)}");
            }
            var identity = new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, AdminGate.Role)],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
            logger.LogInformation("Admin logged in from {RemoteIp}", http.Connection.RemoteIpAddress);
            return Results.Redirect(target);
        }).RequireRateLimiting(LoginRateLimit);

        endpoints.MapPost(LogoutAction, async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }

    /// <summary>Only same-site paths: "/x" yes, "//evil" and "/\evil" (protocol-relative) no.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
