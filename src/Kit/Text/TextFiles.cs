using System.Text;

namespace Kit.Text;

/// <summary>Strict UTF-8 reading with errors that name the file and the byte offset.</summary>
public static class TextFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes bytes as UTF-8 (a BOM is dropped; UTF-16 with BOM is decoded too).</summary>
    public static string Decode(byte[] bytes, string file, bool replaceInvalid = false)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (replaceInvalid)
            return Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip);
        try
        {
            return StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            int offset = skip + Math.Max(0, e.Index);
            throw new KitInputException($"{file}: not valid UTF-8 at byte {offset}. Save the file as UTF-8, or load with replaceInvalid to replace bad bytes.", file, e);
        }
    }

    public static string ReadUtf8(string path, bool replaceInvalid = false)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KitInputException($"{path}: cannot read the file ({e.Message})", path, e);
        }
        return Decode(bytes, path, replaceInvalid);
    }
}
