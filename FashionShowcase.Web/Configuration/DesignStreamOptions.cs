namespace FashionShowcase.Web.Configuration;

/// <summary>
/// Design streaming over /hubs/design (section "DesignStreams"). A client is one hub connection;
/// the cap over all clients bounds what many connections together can queue on the torch worker.
/// </summary>
public sealed class DesignStreamOptions
{
    public const string Section = "DesignStreams";

    /// <summary>Streams one connection may run at once.</summary>
    public int MaxConcurrentPerClient { get; set; } = 2;

    /// <summary>Streams one connection may start per <see cref="StartsWindow"/> (refused ones count too).</summary>
    public int StartsPerClient { get; set; } = 30;

    /// <summary>The fixed window over which <see cref="StartsPerClient"/> counts.</summary>
    public TimeSpan StartsWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Streams running at once over all connections.</summary>
    public int MaxConcurrentInAll { get; set; } = 32;

    /// <summary>Adam steps per design (T + 1 frames); the page's default.</summary>
    public int Steps { get; set; } = 40;

    /// <summary>Parallel starts (tiles) per design.</summary>
    public int Starts { get; set; } = 16;

    internal IEnumerable<string> Problems()
    {
        if (MaxConcurrentPerClient is < 1 or > 64)
            yield return "DesignStreams:MaxConcurrentPerClient must be in 1..64.";
        if (StartsPerClient is < 1 or > 10_000)
            yield return "DesignStreams:StartsPerClient must be in 1..10000.";
        if (StartsWindow < TimeSpan.FromSeconds(1) || StartsWindow > TimeSpan.FromDays(1))
            yield return "DesignStreams:StartsWindow must be between 00:00:01 and 1.00:00:00.";
        if (MaxConcurrentInAll is < 1 or > 1024)
            yield return "DesignStreams:MaxConcurrentInAll must be in 1..1024.";
        if (Steps is < 0 or > 1000)
            yield return "DesignStreams:Steps must be in 0..1000.";
        if (Starts is < 1 or > 64)
            yield return "DesignStreams:Starts must be in 1..64.";
    }
}
