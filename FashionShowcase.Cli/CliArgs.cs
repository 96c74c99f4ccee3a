namespace FashionShowcase.Cli;

/// <summary>Minimal parser: positional words, `--key value` options and `--flag` switches.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public CliArgs(IEnumerable<string> args, IEnumerable<string> switches)
    {
        var flags = new HashSet<string>(switches, StringComparer.OrdinalIgnoreCase);
        var list = args.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) { Positional.Add(a); continue; }
            var key = a[2..];
            if (flags.Contains(key)) { _options[key] = null; continue; }
            if (i + 1 >= list.Count) throw new ArgumentException($"Option --{key} needs a value.");
            _options[key] = list[++i];
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string key) { _read.Add(key); return _options.ContainsKey(key); }

    public string? Get(string key) { _read.Add(key); return _options.TryGetValue(key, out var v) ? v : null; }

    public int? GetInt(string key) => Get(key) is { } v ? int.TryParse(v, out var n) ? n : throw new ArgumentException($"--{key} must be an integer, not '{v}'.") : null;

    public long? GetLong(string key) => Get(key) is { } v ? long.TryParse(v, out var n) ? n : throw new ArgumentException($"--{key} must be an integer, not '{v}'.") : null;

    public double? GetDouble(string key) => Get(key) is { } v
        ? double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"--{key} must be a number, not '{v}'.")
        : null;

    /// <summary>Refuses options nobody asked for (typos must not be silently ignored).</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown option(s): {string.Join(", ", unknown.Select(k => "--" + k))}.");
    }
}
