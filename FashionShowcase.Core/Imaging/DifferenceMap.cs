namespace FashionShowcase.Core.Imaging;

/// <summary>|altered − original| per pixel, as a grey image: white where an alteration changed the item most.</summary>
public static class DifferenceMap
{
    public static byte[] Pixels(ReadOnlySpan<byte> original, ReadOnlySpan<byte> altered)
    {
        if (original.Length != altered.Length)
            throw new ArgumentException($"Images differ in size ({original.Length} vs {altered.Length} pixels).");
        var diff = new byte[original.Length];
        for (int i = 0; i < diff.Length; i++)
            diff[i] = (byte)Math.Abs(original[i] - altered[i]);
        return diff;
    }

    public static byte[] Png(ReadOnlySpan<byte> original, ReadOnlySpan<byte> altered, int width = 28, int height = 28) =>
        ImageCodec.EncodeGrey(Pixels(original, altered), width, height);
}
