namespace FashionShowcase.Web.Configuration;

/// <summary>The admin area's one password (config Admin:Password, env Admin__Password).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public const int MinimumPasswordLength = 8;

    /// <summary>None configured: Development generates one at start and logs it; Production disables the admin area.</summary>
    public string? Password { get; set; }

    /// <summary>Login attempts (form posts) allowed per client address per <see cref="LoginWindow"/>; more are answered 429.</summary>
    public int LoginAttempts { get; set; } = 10;

    /// <summary>The fixed window over which <see cref="LoginAttempts"/> counts.</summary>
    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);

    internal IEnumerable<string> Problems()
    {
        if (LoginAttempts is < 1 or > 10_000)
            yield return "Admin:LoginAttempts must be in 1..10000.";
        if (LoginWindow < TimeSpan.FromSeconds(1) || LoginWindow > TimeSpan.FromDays(1))
            yield return "Admin:LoginWindow must be between 00:00:01 and 1.00:00:00.";
        if (Password is not null && Password.Length < MinimumPasswordLength)
            yield return $"Admin:Password must have at least {MinimumPasswordLength} characters (or be left out).";
    }
}
