using System.Buffers.Binary;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>
/// Reads width and height from whole PNG and JPEG files, so PhotoSize reports the real dimensions of an upload. A file
/// that is neither, or is cut short (a PNG without its closing IEND chunk, a JPEG without its end marker), is not an
/// image the fake can process; Telegram decodes a few more formats (WebP, GIF), which CareBot never sends.
/// </summary>
internal static class ImageSize
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool TryRead(byte[] image, out int width, out int height)
    {
        (width, height) = IsPng(image) ? ReadPng(image) : IsJpeg(image) ? ReadJpeg(image) : (0, 0);
        return width > 0 && height > 0;
    }

    private static bool IsPng(byte[] image) =>
        image.Length >= 8 + 25 + 12
        && image.AsSpan(0, 8).SequenceEqual(PngSignature)
        && image.AsSpan(12, 4).SequenceEqual("IHDR"u8)
        && image.AsSpan(image.Length - 8, 4).SequenceEqual("IEND"u8);

    private static bool IsJpeg(byte[] image) =>
        image.Length >= 4 && image[0] == 0xFF && image[1] == 0xD8 && image[^2] == 0xFF && image[^1] == 0xD9;

    private static (int, int) ReadPng(byte[] image) =>
        (BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(image.AsSpan(20)));

    private static (int, int) ReadJpeg(byte[] image)
    {
        var position = 2;
        while (position + 9 < image.Length && image[position] == 0xFF)
        {
            var marker = image[position + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(position + 2));
            if (marker is >= 0xC0 and <= 0xC3)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(position + 7)), BinaryPrimitives.ReadUInt16BigEndian(image.AsSpan(position + 5)));
            }

            position += 2 + length;
        }

        return (0, 0);
    }
}
