using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary>Runs a command body and turns bad input into one clear line on stderr and exit code 2, never a trace.</summary>
internal static class Friendly
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    /// <summary>The shell's code for a run stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>A warning: one line on stderr; the command goes on.</summary>
    public static void Warn(string message) => Console.Error.WriteLine($"kit: warning: {OneLine(message)}");

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is KitInputException or NotebookFormatException or DirectoryNotFoundException or FileNotFoundException)
        {
            Console.Error.WriteLine($"kit: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A disk that is full or a folder that cannot be written: the system's message names the path.
            Console.Error.WriteLine($"kit: {OneLine(e.Message)}");
            return Failed;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else went wrong is a fault of the kit, not of its user: still one line, never a stack trace.
            Console.Error.WriteLine($"kit: {OneLine(e.Message)} ({e.GetType().Name}; a fault of the kit, please report it with the command line.)");
            return Failed;
        }
    }

    /// <summary>
    /// A message as one line a terminal shows as written: line breaks become spaces and bidi controls (from a file
    /// name, say) U+FFFD, as in every table.
    /// </summary>
    public static string OneLine(string message) => BidiControls.Neutralize(message.ReplaceLineEndings(" "));
}
