namespace Kit.Tests.Support;

/// <summary>Runs the kit command in-process, as a shell would, and captures what it prints (tests in the notebooks collection: the console is global).</summary>
public static class KitCommand
{
    public sealed record Result(int ExitCode, string Out, string Err)
    {
        /// <summary>Lines of standard error, without the final empty one.</summary>
        public string[] ErrLines => Err.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var output = new StringWriter();
        var errors = new StringWriter();
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            int code = Kit.Cli.Program.Main(args);
            return new Result(code, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
