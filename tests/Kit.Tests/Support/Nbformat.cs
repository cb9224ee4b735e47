using System.Diagnostics;

namespace Kit.Tests.Support;

/// <summary>Jupyter's own schema validator (python3-nbformat), which .ci/run installs.</summary>
public static class Nbformat
{
    /// <summary>Null when the file validates; otherwise the validator's message.</summary>
    public static string? Validate(string path)
    {
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-c", "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], 4))", path },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : error;
    }
}
