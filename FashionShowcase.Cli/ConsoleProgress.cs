using FashionShowcase.Core.Training;

namespace FashionShowcase.Cli;

/// <summary>Renders trainer events as a progress line (in place on a terminal, one line per event in a log).</summary>
public sealed class ConsoleProgress(string? sampleDirectory = null) : ITrainingListener
{
    private readonly bool _inPlace = !Console.IsErrorRedirected;

    public void OnProgress(TrainingProgress p)
    {
        const int width = 30;
        var filled = (int)Math.Round(p.Fraction * width);
        var bar = new string('#', filled) + new string('.', width - filled);
        var metrics = string.Join(" ", p.Metrics.Select(m => $"{m.Key}={m.Value:0.0000}"));
        var eta = p.Eta is { } e ? $"eta {e:hh\\:mm\\:ss}" : "";
        var line = $"[{bar}] {p.Fraction,6:P1} step {p.Step}/{p.TotalSteps} epoch {p.Epoch}/{p.TotalEpochs} {metrics} {p.ItemsPerSecond:0} img/s {eta}";
        if (_inPlace) Console.Error.Write("\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 200) : 0));
        else Console.Error.WriteLine(line);
        if (p.SampleGridPng is { } png && sampleDirectory is not null)
        {
            Directory.CreateDirectory(sampleDirectory);
            File.WriteAllBytes(Path.Combine(sampleDirectory, $"samples-{p.Step:D7}.png"), png);
        }
    }

    public void Done()
    {
        if (_inPlace) Console.Error.WriteLine();
    }
}
