using System.Diagnostics;
using FashionShowcase.Core.Catalog;

namespace FashionShowcase.Tests.Integration;

/// <summary>The `fashion` executable, run as a user runs it: bad input ends with one clear error line and exit code 1, never a stack trace.</summary>
public sealed class CliErrorTests
{
    [Fact]
    public void Altering_a_text_file_passed_as_an_image_is_a_clear_error()
    {
        var notes = Path.Combine(TinyData.TempDirectory("cli-upload"), "notes.png");
        File.WriteAllText(notes, "not a picture at all");
        var (code, stderr) = Fashion("alter", "--shopper", "night-owl", "--image", notes, "--out", TinyData.TempDirectory("cli-alter"));
        Assert.Equal(1, code);
        Assert.Contains("error: ", stderr);
        Assert.Contains("not a PNG or JPEG", stderr);
        Assert.DoesNotContain("Unhandled exception", stderr);
    }

    [Fact]
    public void Writing_into_a_path_that_is_a_file_is_a_clear_error()
    {
        var file = Path.Combine(TinyData.TempDirectory("cli-out"), "taken");
        File.WriteAllText(file, "x");
        var (code, stderr) = Fashion("alter", "--shopper", "night-owl", "--item", "3", "--out", file);
        Assert.Equal(1, code);
        Assert.Contains("error: ", stderr);
        Assert.DoesNotContain("Unhandled exception", stderr);
    }

    [Fact]
    public void Training_with_a_damaged_data_directory_names_it_instead_of_using_another_copy()
    {
        var dir = TinyData.TempDirectory("cli-data");
        foreach (var name in new[] { SplitFiles.Train.ImagesFile, SplitFiles.Train.LabelsFile })
            File.WriteAllBytes(Path.Combine(dir, name), [0x1f, 0x8b, 0x08, 0x00]);
        var (code, stderr) = Fashion("train", "classifier", "--preset", "tiny", "--max-steps", "1", "--data", dir, "--out", TinyData.TempDirectory("cli-train"));
        Assert.Equal(1, code);
        Assert.Contains(dir, stderr);
        Assert.DoesNotContain("Unknown option", stderr);
    }

    private static (int Code, string Stderr) Fashion(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = RepoPaths.Root };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "fashion.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("fashion did not finish within 3 minutes: " + string.Join(' ', args));
        }
        return (process.ExitCode, stderr.Result);
    }
}
