using Kit.Notebooks.Model;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary>Runs a command body and turns bad input into one clear line on stderr and exit code 2, never a trace.</summary>
internal static class Friendly
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is KitInputException or NotebookFormatException or DirectoryNotFoundException or FileNotFoundException)
        {
            Console.Error.WriteLine($"kit: {e.Message}");
            return BadInput;
        }
    }
}
