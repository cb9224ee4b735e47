using Kit.Files;
using Kit.Tests.Support;

namespace Kit.Tests.Files;

/// <summary>The plain-system-call read of an article (Linux): the bytes when all is usual, else null for the usual way.</summary>
public class LinuxFileTests
{
    [Fact]
    public void A_file_is_read_whole_and_anything_unusual_gives_null()
    {
        if (!OperatingSystem.IsLinux()) return; // elsewhere it always answers null, and the runtime's handle reads
        using var temp = new TempFolder();
        byte[] text = System.Text.Encoding.UTF8.GetBytes("نص قصير\n");
        var path = temp.Bytes("a.txt", text);

        var bytes = LinuxFile.TryRead(path, maxBytes: 100, out int length);
        Assert.NotNull(bytes);
        Assert.Equal(text, bytes.AsSpan(0, length).ToArray());
        Assert.NotNull(LinuxFile.TryRead(temp.Bytes("empty.txt", []), maxBytes: 100, out int none));
        Assert.Equal(0, none);

        Assert.Null(LinuxFile.TryRead(path, maxBytes: text.Length - 1, out _)); // too large: the caller's check names it
        Assert.Null(LinuxFile.TryRead(Path.Combine(temp.Path, "missing.txt"), 100, out _));
        Directory.CreateDirectory(Path.Combine(temp.Path, "folder.txt"));
        Assert.Null(LinuxFile.TryRead(Path.Combine(temp.Path, "folder.txt"), long.MaxValue, out _));
    }
}
