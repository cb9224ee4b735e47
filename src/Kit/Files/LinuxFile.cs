using System.Runtime.InteropServices;

namespace Kit.Files;

/// <summary>
/// A whole file read on Linux with the four system calls that takes (open, seek to the end for its size, read, close):
/// the runtime's file handle adds a lock, its release and two status calls a file, about half the time of opening and
/// reading a corpus of 18,883 articles (perf of kit report). Elsewhere, or when anything is unusual, the answer is null
/// and the caller reads the file its usual way, whose checks name the problem. Unlike the handle it takes no shared
/// lock: a file another .NET process holds locked is read all the same (Linux locks are advisory).
/// </summary>
internal static class LinuxFile
{
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC
    private const int SeekEnd = 2;

    // Off where the C library cannot be called (not Linux, or a libc not found by that name): the usual way serves.
    private static bool _usable = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    /// <summary>
    /// The file's bytes, the first <paramref name="length"/> of this thread's buffer (valid until it reads another file,
    /// see ThreadBuffers); null when the file cannot be opened, is larger than maxBytes, cannot be read (a folder) or
    /// shrinks while read.
    /// </summary>
    public static byte[]? TryRead(string path, long maxBytes, out int length)
    {
        length = 0;
        if (!_usable) return null;
        int fd;
        try
        {
            fd = Open(path, ReadOnlyCloseOnExec);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _usable = false;
            return null;
        }
        if (fd < 0) return null;
        try
        {
            long size = Seek(fd, 0, SeekEnd);
            if (size < 0 || size > maxBytes || size > Array.MaxLength) return null;
            var bytes = Caching.ThreadBuffers.FileBytes((int)size); // not zeroed: used only when its first size bytes are filled
            int filled = 0;
            while (filled < size)
            {
                nint n = ReadAt(fd, ref bytes[filled], (nint)(size - filled), filled);
                if (n <= 0) return null; // an error (a folder reads none) or the end come early: the file changed
                filled += (int)n;
            }
            length = filled;
            return bytes;
        }
        finally
        {
            Close(fd);
        }
    }

    [DllImport("libc", EntryPoint = "open")]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "lseek")]
    private static extern long Seek(int fd, long offset, int whence);

    [DllImport("libc", EntryPoint = "pread")]
    private static extern nint ReadAt(int fd, ref byte buffer, nint count, long offset);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
