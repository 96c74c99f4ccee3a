using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FashionShowcase.Web.Health;

/// <summary>Writes /readyz as JSON naming each check and why it fails, so an operator sees what is missing.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}
