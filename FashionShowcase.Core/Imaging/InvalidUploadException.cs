namespace FashionShowcase.Core.Imaging;

/// <summary>Why an upload was refused (for a UI that wants to react per case; the message says it in words).</summary>
public enum UploadProblem
{
    Empty,
    TooLarge,
    WrongExtension,
    NotAnImage,
    ExtensionMismatch,
    TooManyPixels,
    Corrupt,
    NoVisibleItem,
}

/// <summary>An uploaded file that cannot be used; the message is meant for the person who uploaded it.</summary>
public sealed class InvalidUploadException(UploadProblem problem, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public UploadProblem Problem { get; } = problem;
}
