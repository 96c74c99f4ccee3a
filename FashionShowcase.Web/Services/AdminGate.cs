using System.Security.Cryptography;
using System.Text;
using FashionShowcase.Web.Configuration;
using Microsoft.Extensions.Options;

namespace FashionShowcase.Web.Services;

/// <summary>
/// Decides whether the admin area is open and checks its password. Configured password → used.
/// None in Development → one is generated at start and logged (so a developer can log in at once).
/// None elsewhere → the admin area is disabled: better closed than open with a default password.
/// </summary>
public sealed class AdminGate : IHostedService
{
    public const string Role = "admin";

    private readonly byte[]? _password;
    private readonly ILogger<AdminGate> _logger;
    private readonly bool _generated;

    public AdminGate(IOptions<AdminOptions> options, IHostEnvironment environment, ILogger<AdminGate> logger)
    {
        _logger = logger;
        var configured = options.Value.Password;
        if (!string.IsNullOrEmpty(configured))
        {
            _password = Encoding.UTF8.GetBytes(configured);
        }
        else if (environment.IsDevelopment())
        {
            GeneratedPassword = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'k').Replace('/', 'm');
            _password = Encoding.UTF8.GetBytes(GeneratedPassword);
            _generated = true;
        }
    }

    public bool Enabled => _password is not null;

    /// <summary>True when no password was configured and one was generated (Development).</summary>
    public bool IsPasswordGenerated => _generated;

    /// <summary>The password generated in Development (null when one is configured).</summary>
    internal string? GeneratedPassword { get; }

    /// <summary>Why the admin area is closed, for the login page.</summary>
    public string DisabledReason =>
        $"The admin area is disabled: no admin password is configured. Set Admin:Password (environment variable Admin__Password, at least {AdminOptions.MinimumPasswordLength} characters) and restart.";

    /// <summary>Constant-time comparison, so response times do not leak how much of a guess was right.</summary>
    public bool Verify(string? candidate) =>
        _password is not null && candidate is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), SHA256.HashData(_password));

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_generated)
            _logger.LogWarning("No Admin:Password configured; generated one for this Development run: {AdminPassword}", GeneratedPassword);
        else if (!Enabled)
            _logger.LogWarning("No Admin:Password configured; the admin area is disabled");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
