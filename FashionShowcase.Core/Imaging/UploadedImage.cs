namespace FashionShowcase.Core.Imaging;

/// <summary>An upload converted to the catalog's style: 28×28 grey, item light on black, centred.</summary>
/// <param name="Pixels">784 grey bytes, row-major, 0 = black.</param>
/// <param name="Png">The same as a PNG.</param>
/// <param name="Format">"PNG" or "JPEG" (detected from the content).</param>
/// <param name="InvertedBackground">True when the photo had a light background and was inverted.</param>
public sealed record UploadedImage(byte[] Pixels, byte[] Png, string Format, int OriginalWidth, int OriginalHeight, bool InvertedBackground);
