using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kit.Notebooks.Running;

/// <summary>
/// One real C# kernel in a child process: the .NET Interactive tool started as `dotnet-interactive stdio`, the
/// protocol Polyglot Notebooks speaks (one JSON command envelope per line in, one event envelope per line out).
/// A cell that overflows the stack, exits or exhausts memory ends this process only; the runner reads that as a
/// dead kernel and goes on.
/// </summary>
internal sealed class KernelProcess : IDisposable
{
    private const int StderrKept = 8_000;

    private readonly Process _process;
    private readonly BlockingCollection<KernelEvent?> _events = new(boundedCapacity: 10_000);
    private readonly StringBuilder _stderr = new();
    private readonly Thread _reader;
    private int _nextToken;
    private volatile string? _lastWords;

    private KernelProcess(Process process)
    {
        _process = process;
        _reader = new Thread(ReadEvents) { IsBackground = true, Name = "kernel events" };
        _reader.Start();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            // The runtime's own last words come first and are followed by a long trace: remember them as they pass.
            if (e.Data.StartsWith("Stack overflow", StringComparison.Ordinal)) _lastWords ??= "stack overflow";
            else if (e.Data.Contains("OutOfMemoryException", StringComparison.Ordinal)) _lastWords ??= "out of memory";
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
                if (_stderr.Length > StderrKept) _stderr.Remove(0, _stderr.Length - StderrKept);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Starts a kernel whose working directory is the notebook's folder, and waits until it says it is ready.</summary>
    public static KernelProcess Start(string folder, long memoryLimitBytes, TimeSpan startTimeout, CancellationToken cancellationToken) =>
        Start(folder, memoryLimitBytes, startTimeout, cancellationToken, flatMemory: true);

    private static KernelProcess Start(string folder, long memoryLimitBytes, TimeSpan startTimeout, CancellationToken cancellationToken, bool flatMemory)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[] { KernelTool.AppPath, "stdio", "--default-kernel", "csharp", "--working-dir", folder })
            info.ArgumentList.Add(arg);
        // The C locale is .NET's invariant culture: 1.5 prints as 1.5 on every machine, so executed copies keep their bytes.
        info.Environment["LANG"] = "C.UTF-8";
        info.Environment["LC_ALL"] = "C.UTF-8";
        info.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        // A hard heap limit turns a runaway allocation into an OutOfMemoryException in the cell, not a machine in trouble.
        if (memoryLimitBytes > 0) info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + memoryLimitBytes.ToString("X");
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var kernel = new KernelProcess(process);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var e = kernel.Next(startTimeout - deadline.Elapsed, cancellationToken);
            if (e is { Type: "KernelReady" })
            {
                // One setup cell: no keyboard, and memory per cell kept flat (without it a 2,000-cell notebook passes 2.4 GB).
                string? answer = kernel.Setup(flatMemory ? KernelSetup.Cell : KernelSetup.NoKeyboard, startTimeout - deadline.Elapsed, cancellationToken);
                if (flatMemory && answer?.StartsWith("failed:", StringComparison.Ordinal) == true)
                {
                    // A kernel version the memory part does not compile against: a fresh kernel with today's setup alone (a
                    // failed submission still takes a Submission#n, which stack traces would show), and a note.
                    kernel.Dispose();
                    var plain = Start(folder, memoryLimitBytes, startTimeout, cancellationToken, flatMemory: false);
                    plain.Note = NotFlat(answer);
                    return plain;
                }
                if (answer is not null && !kernel.OutputEnded)
                {
                    if (flatMemory && !answer.Contains(KernelSetup.Applied, StringComparison.Ordinal)) kernel.Note = NotFlat(answer);
                    return kernel;
                }
                e = null;
            }
            if (e is null)
            {
                string why = kernel.HasExited ? kernel.DeathReason() : $"it did not answer within {startTimeout.TotalSeconds:0} s";
                kernel.Dispose();
                throw new KernelStartException($"the C# kernel (dotnet-interactive {KernelTool.Version}) did not start: {why}");
            }
        }
    }

    public bool HasExited => _process.HasExited;

    private static string NotFlat(string why) =>
        $"the kernel's memory may grow faster than its cell count (dotnet-interactive {KernelTool.Version}, {(why.Length > 200 ? why[..200] + "…" : why)}): "
        + "a long notebook may need a higher --memory.";

    /// <summary>Set when the setup could not keep the kernel's memory per cell flat (another kernel version): why.</summary>
    public string? Note { get; private set; }

    /// <summary>
    /// Runs a setup cell and returns what it answered (its return value as text, "" when none, "failed: …" when it
    /// failed), or null when the kernel died or did not answer in time.
    /// </summary>
    private string? Setup(string code, TimeSpan wait, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        string token = Send("SubmitCode", new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" });
        string value = "";
        while (Next(wait - watch.Elapsed, cancellationToken) is { } answer)
        {
            if (!answer.Answers(token)) continue;
            if (answer.Type == "ReturnValueProduced") value = answer.FormattedValues.Select(v => v.Value).FirstOrDefault() ?? "";
            else if (answer.Token == token && answer.Type == "CommandSucceeded") return value;
            else if (answer.Token == token && answer.Type == "CommandFailed") return "failed: " + answer.Body["message"]?.GetValue<string>();
        }
        return null;
    }

    /// <summary>True once the kernel's output has ended: it died (or was stopped).</summary>
    public bool OutputEnded => _events.IsAddingCompleted;

    /// <summary>Sends a command; its events carry the returned token (or tokens that start with it and a dot).</summary>
    public string Send(string commandType, JsonObject command)
    {
        string token = $"kit-{++_nextToken}";
        var envelope = new JsonObject { ["token"] = token, ["commandType"] = commandType, ["command"] = command };
        _process.StandardInput.WriteLine(envelope.ToJsonString());
        _process.StandardInput.Flush();
        return token;
    }

    /// <summary>
    /// The next event, or null when the kernel has died (its output ended) or the wait ran out — tell them apart with
    /// <see cref="HasExited"/>. Cancelling throws OperationCanceledException.
    /// </summary>
    public KernelEvent? Next(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (wait < TimeSpan.Zero) wait = TimeSpan.Zero;
        if (_events.IsCompleted) return null;
        try
        {
            if (_events.TryTake(out var e, (int)Math.Min(int.MaxValue, wait.TotalMilliseconds), cancellationToken)) return e;
        }
        catch (InvalidOperationException)
        {
            // Completed while waiting: the kernel's output ended.
        }
        return null;
    }

    /// <summary>Why the process ended, in words: the exit code and what it last wrote to stderr that says why.</summary>
    public string DeathReason()
    {
        if (!_process.WaitForExit(2_000)) return "it stopped answering";
        _process.WaitForExit(); // flushes the stderr reader
        int code = _process.ExitCode;
        string stderr;
        lock (_stderr) stderr = _stderr.ToString();
        string? cause = _lastWords is { } words ? words
            : stderr.Contains("Stack overflow", StringComparison.Ordinal) ? "stack overflow"
            : stderr.Contains("OutOfMemory", StringComparison.Ordinal) || stderr.Contains("Out of memory", StringComparison.Ordinal) ? "out of memory"
            : code == 137 || code == -9 ? "killed (out of memory?)"
            : code is 134 ? "aborted"
            : null;
        return cause is null ? $"the kernel process exited with code {code}" : $"{cause} (exit code {code})";
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void ReadEvents()
    {
        try
        {
            var output = _process.StandardOutput;
            while (output.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] != '{') continue; // the tool's banner and blank lines
                if (KernelEvent.Parse(line) is { } e) _events.Add(e);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or JsonException)
        {
            // The pipe broke: the process is gone.
        }
        finally
        {
            _events.CompleteAdding();
        }
    }
}

/// <summary>The kernel could not be started (no tool, or it died at once).</summary>
public sealed class KernelStartException(string message) : Exception(message)
{
    public override string ToString() => Message;
}
