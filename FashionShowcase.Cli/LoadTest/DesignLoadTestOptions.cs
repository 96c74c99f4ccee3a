using System.Net;

namespace FashionShowcase.Cli.LoadTest;

/// <summary>
/// `fashion loadtest`: how many SignalR clients design at once against which server. Only loopback
/// servers are accepted: this tool is for measuring our own app on this machine, not for loading others'.
/// </summary>
public sealed record DesignLoadTestOptions
{
    public const int MaxClients = 100;

    /// <summary>The web app's base address, e.g. http://127.0.0.1:5000.</summary>
    public required Uri Url { get; init; }

    public int Clients { get; init; } = 20;

    /// <summary>Shopper number or persona, as the design hub accepts it.</summary>
    public string Shopper { get; init; } = "0";

    /// <summary>A class or a group ("Shoes").</summary>
    public string Category { get; init; } = "Tops";

    /// <summary>The whole test stops after this long, finished or not.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    public void Validate()
    {
        if (Url.Scheme is not ("http" or "https"))
            throw new ArgumentException($"--url must be an http(s) address, not '{Url}'.");
        if (!IsLoopback(Url))
            throw new ArgumentException($"--url must point at this machine (localhost, 127.0.0.1 or ::1), not '{Url.Host}': the load test only measures our own app locally.");
        if (Clients is < 1 or > MaxClients)
            throw new ArgumentException($"--clients must be in 1..{MaxClients}.");
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromMinutes(10))
            throw new ArgumentException("--timeout must be between 1 and 600 seconds.");
        if (string.IsNullOrWhiteSpace(Shopper) || string.IsNullOrWhiteSpace(Category))
            throw new ArgumentException("--shopper and --category must not be empty.");
    }

    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
