using System.Diagnostics;

namespace Kit.Tests.Faults;

/// <summary>
/// The kit command as a child process that a test stops with a signal, as Ctrl+C would. A process started in the
/// background by a non-interactive shell inherits SIGINT as ignored (and .NET keeps it so): then the test sends SIGTERM,
/// which the kit handles the same way (exit 143 instead of 130).
/// </summary>
internal sealed class SignalChild : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    public SignalChild(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(typeof(Kit.Cli.Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        _process = Process.Start(start)!;
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>SIGINT when this process would pass it on, else SIGTERM; and the exit code the kit answers it with.</summary>
    public static (string Signal, int ExitCode) Interrupt => SigIntIgnored() ? ("TERM", 143) : ("INT", 130);

    public bool HasExited => _process.HasExited;

    public void Send(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    public (int ExitCode, string Stdout, string Stderr) Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("the kit did not stop after the signal");
        }
        return (_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    // /proc/self/status: "SigIgn: <hex mask>"; SIGINT is signal 2, bit 1.
    private static bool SigIntIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0b10) != 0;
    }
}
