using System.Runtime.InteropServices;

namespace Kit.Cli.Commands;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM as a cancellation token, so a long command can stop cleanly: the first signal asks it
/// to stop; a second Ctrl+C ends the process at once, as usual.
/// </summary>
internal sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    public Interrupt()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The exit code a shell expects after the signal received: 130 for Ctrl+C, 143 for SIGTERM.</summary>
    public int ExitCode { get; private set; } = Friendly.Interrupted;

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested) return; // the second signal: the default action, the process ends
        context.Cancel = true;
        ExitCode = context.Signal == PosixSignal.SIGTERM ? 143 : Friendly.Interrupted;
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _source.Dispose();
    }
}
