using System.Buffers.Binary;

namespace CareBot.Testing.FakeTelegram.Methods;

/// <summary>Reads width and height from PNG and JPEG headers, so PhotoSize reports the real dimensions of an upload.</summary>
internal static class ImageSize
{
    private static readonly (int Width, int Height) Unknown = (512, 512);

    public static (int Width, int Height) Read(byte[] image) =>
        IsPng(image) ? ReadPng(image) : IsJpeg(image) ? ReadJpeg(image) : Unknown;

    private static bool IsPng(byte[] image) => image.Length >= 24 && image[0] == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G';

    private static bool IsJpeg(byte[] image) => image.Length >= 4 && image[0] == 0xFF && image[1] == 0xD8;

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

        return Unknown;
    }
}
