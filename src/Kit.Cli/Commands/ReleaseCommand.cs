using System.CommandLine;
using Kit.Notebooks.Release;
using Kit.Text;

namespace Kit.Cli.Commands;

/// <summary><c>kit release [--from DIR] [--out DIR]</c>: student notebooks from the instructor notebooks.</summary>
internal static class ReleaseCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "Instructor notebooks (default: notebooks/instructor)." }.NotEmpty();
        var to = new Option<string?>("--out") { Description = "Where the student notebooks go (default: notebooks/student)." }.NotEmpty();
        var command = new Command("release", "Make the student notebooks: every // BEGIN SOLUTION … // END SOLUTION region becomes a stub.")
        {
            from, to,
        };
        command.SetAction(parse => Friendly.Run(() =>
        {
            string source = parse.GetValue(from) ?? Path.Combine(KitPaths.Notebooks, "instructor");
            string target = parse.GetValue(to) ?? Path.Combine(KitPaths.Notebooks, "student");
            using var interrupt = new Interrupt();
            IReadOnlyList<string> written;
            try
            {
                written = NotebookRelease.ReleaseFolder(source, target, interrupt.Token);
            }
            catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
            {
                Console.Error.WriteLine(Friendly.OneLine($"kit: interrupted; no notebook in {target} was changed."));
                return interrupt.ExitCode;
            }
            foreach (var path in written)
                Console.WriteLine(Friendly.OneLine($"wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}"));
            return Friendly.Ok;
        }));
        return command;
    }
}
