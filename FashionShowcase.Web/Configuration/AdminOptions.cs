namespace FashionShowcase.Web.Configuration;

/// <summary>The admin area's one password (config Admin:Password, env Admin__Password).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public const int MinimumPasswordLength = 8;

    /// <summary>None configured: Development generates one at start and logs it; Production disables the admin area.</summary>
    public string? Password { get; set; }

    /// <summary>Login attempts (form posts) allowed per client address per minute; more are answered 429.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    internal IEnumerable<string> Problems()
    {
        if (LoginAttemptsPerMinute is < 1 or > 10_000)
            yield return "Admin:LoginAttemptsPerMinute must be in 1..10000.";
        if (Password is not null && Password.Length < MinimumPasswordLength)
            yield return $"Admin:Password must have at least {MinimumPasswordLength} characters (or be left out).";
    }
}
