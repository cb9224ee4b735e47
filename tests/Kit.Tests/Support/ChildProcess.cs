using System.Diagnostics;

namespace Kit.Tests.Support;

/// <summary>Runs a program as a separate process (a fresh runtime, its own string-hash seed), capturing its output.</summary>
public static class ChildProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The kit command as built next to the tests: dotnet Kit.Cli.dll ARGS.</summary>
    public static Result Kit(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        Run("dotnet", [typeof(Kit.Cli.Program).Assembly.Location, .. args], workingDirectory, environment);

    public static Result Run(string program, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A generous bound so a hung child fails the test instead of hanging the suite; not a speed check.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within 5 minutes.");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
