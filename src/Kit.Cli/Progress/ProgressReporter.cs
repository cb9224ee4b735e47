using System.Diagnostics;
using Kit.Text;

namespace Kit.Cli.Progress;

/// <summary>
/// One line of progress on stderr for long runs ("[3/40] 017.txt"), redrawn in place on a terminal and silent when
/// stderr is not a terminal (a pipe, a file, CI), so captured output and logs hold results only. Lines written with
/// <see cref="WriteLine"/> (failures) always appear, above the progress line.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private const string ClearLine = "\r\u001b[K";

    private readonly TextWriter _writer;
    private readonly TimeSpan _minInterval;
    private readonly int _width;
    private readonly Stopwatch _sinceDrawn = new();
    private bool _shown;

    /// <param name="writer">Where progress goes (stderr, or a StringWriter in tests).</param>
    /// <param name="enabled">False: progress is not drawn at all; WriteLine still writes.</param>
    /// <param name="minInterval">Redraw at most this often (many fast steps would only flicker); the first and last step always draw.</param>
    /// <param name="width">Characters a line may take before it is cut (a wrapped line cannot be redrawn in place); 0: no limit.</param>
    public ProgressReporter(TextWriter writer, bool enabled, TimeSpan minInterval = default, int width = 0)
    {
        _writer = writer;
        Enabled = enabled;
        _minInterval = minInterval;
        _width = width;
    }

    /// <summary>Progress on this process's stderr, shown only when stderr is a terminal.</summary>
    public static ProgressReporter ForConsole(TimeSpan minInterval = default) =>
        new(Console.Error, !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb", minInterval, TerminalWidth());

    public bool Enabled { get; }

    /// <summary>Shows the message in place of the previous one.</summary>
    public void Report(string message) => Draw(message, force: true);

    /// <summary>"[done/total] item", throttled to the interval except for the first and the last step.</summary>
    public void Report(int done, int total, string item) => Draw($"[{done}/{total}] {item}", force: done <= 1 || done >= total);

    /// <summary>A line that stays (a failure, a result), written whether progress is shown or not.</summary>
    public void WriteLine(string line)
    {
        Clear();
        _writer.WriteLine(BidiControls.Neutralize(line));
        _writer.Flush();
    }

    /// <summary>Removes the progress line, if one is shown.</summary>
    public void Clear()
    {
        if (!_shown) return;
        _writer.Write(ClearLine);
        _writer.Flush();
        _shown = false;
    }

    public void Dispose() => Clear();

    private void Draw(string message, bool force)
    {
        if (!Enabled) return;
        if (!force && _sinceDrawn.IsRunning && _sinceDrawn.Elapsed < _minInterval) return;
        if (_width > 1 && message.Length > _width - 1) message = message[..(_width - 2)] + "…";
        _writer.Write(ClearLine + BidiControls.Neutralize(message));
        _writer.Flush();
        _shown = true;
        _sinceDrawn.Restart();
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsErrorRedirected ? 0 : Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
