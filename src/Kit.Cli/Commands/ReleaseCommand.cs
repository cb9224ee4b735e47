using System.CommandLine;
using Kit.Files;
using Kit.Notebooks.Release;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit release [--from DIR] [--out DIR]</c>: student notebooks from the instructor notebooks;
/// <c>kit release --pack DIR [--corpus DIR]</c>: a self-contained folder to hand to students.
/// </summary>
internal static class ReleaseCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "The notebooks with solutions to release (default: notebooks/instructor)." }.NotEmpty();
        var to = new Option<string?>("--out") { Description = "Where the student notebooks go (default: notebooks/student)." }.NotEmpty();
        var pack = new Option<string?>("--pack") { Description = "Write a student pack into this folder instead: student notebooks, lib/Kit.dll and the corpus, no solutions and no gold. It runs from wherever it is copied." }.NotEmpty();
        var corpus = new Option<string?>("--corpus") { Description = "With --pack: the corpus folder to put in the pack (default: KIT_CORPUS, else seeds/)." }.NotEmpty();
        var command = new Command("release", "Make the student notebooks: every // BEGIN SOLUTION … // END SOLUTION region becomes a stub. Exercise numbers must run 1, 2, 3 … in each notebook (NN.1, NN.2 in notebook NN), or nothing is written.")
        {
            from, to, pack, corpus,
        };
        command.SetAction(parse => Friendly.Run(() =>
        {
            string source = parse.GetValue(from) ?? Path.Combine(KitPaths.Notebooks, "instructor");
            using var interrupt = new Interrupt();
            if (parse.GetValue(pack) is { } packFolder)
            {
                if (parse.GetValue(to) is not null) throw new KitInputException("give --out (student notebooks) or --pack (a student pack), not both.");
                string corpusFolder = parse.GetValue(corpus) ?? Kit.Exercises.Course.CorpusFolder(KitPaths.Seeds);
                try
                {
                    var files = StudentPack.Write(source, packFolder, corpusFolder, typeof(Kit.Corpus.Document).Assembly.Location, interrupt.Token);
                    Console.WriteLine(Friendly.OneLine($"wrote a student pack of {files.Count} files to {packFolder}"));
                    return Friendly.Ok;
                }
                catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
                {
                    Console.Error.WriteLine("kit: interrupted; no pack was written.");
                    return interrupt.ExitCode;
                }
            }
            if (parse.GetValue(corpus) is not null) throw new KitInputException("--corpus goes with --pack.");
            string target = parse.GetValue(to) ?? Path.Combine(KitPaths.Notebooks, "student");
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
