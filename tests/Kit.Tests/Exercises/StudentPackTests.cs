using Kit.Files;
using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Notebooks.Running;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Exercises;

/// <summary>kit release --pack: a folder for students that runs from anywhere and holds no solution, gold or answer.</summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Kernel")]
public class StudentPackTests
{
    private static string Instructor => Path.Combine(KitPaths.Notebooks, "instructor");

    private static string KitDll => typeof(Kit.Corpus.Document).Assembly.Location;

    [Fact]
    public void The_pack_copied_outside_the_repository_runs_and_only_its_exercise_stubs_fail()
    {
        using var temp = new TempFolder();
        var result = KitCommand.Run("release", "--pack", Path.Combine(temp.Path, "pack"));
        Assert.Equal(0, result.ExitCode);
        // Copied elsewhere, as a student would unzip it.
        string elsewhere = Path.Combine(temp.Path, "student-laptop", "course");
        CopyFolder(Path.Combine(temp.Path, "pack"), elsewhere);
        Assert.False(elsewhere.StartsWith(KitPaths.Root, StringComparison.Ordinal));

        var files = Directory.GetFiles(elsewhere, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(elsewhere, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("lib/Kit.dll", files);
        Assert.Contains("README.md", files);
        Assert.Equal(Directory.GetFiles(KitPaths.Seeds, "*.txt").Select(f => "corpus/" + Path.GetFileName(f)).Order(StringComparer.Ordinal),
            files.Where(f => f.StartsWith("corpus/", StringComparison.Ordinal)));
        Assert.DoesNotContain(files, f => f.EndsWith(".tsv", StringComparison.Ordinal) || f.Contains("gold", StringComparison.Ordinal)); // no gold

        foreach (var path in Directory.GetFiles(elsewhere, "*.ipynb").Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(path);
            Assert.DoesNotContain(ExerciseReleaser.BeginMarker, text);
            Assert.DoesNotContain("../../", text);
            var notebook = NotebookJson.Read(path);
            Assert.All(notebook.Cells.Where(c => c.IsCode), c => Assert.DoesNotContain("../", c.Source));
            Assert.StartsWith("#r \"lib/Kit.dll\"", notebook.Cells.First(c => c.IsCode).Source);
            Assert.True(File.Exists(Path.Combine(elsewhere, "lib", "Kit.dll")));

            var exercises = ExerciseReleaser.Exercises(NotebookJson.Read(Path.Combine(Instructor, notebook.Name)));
            var (_, outcome) = new NotebookRunner().Run(notebook);
            var failed = outcome.Cells.Where(c => !c.Succeeded).ToList();
            Assert.Equal(exercises.Count, failed.Count);
            for (int i = 0; i < exercises.Count; i++) Assert.Contains($"❌ Exercise {exercises[i]}: not done yet.", failed[i].Error);
        }
    }

    [Fact]
    public void The_pack_notebooks_are_the_student_notebooks_with_their_paths_made_local()
    {
        foreach (var path in Directory.GetFiles(Instructor, "*.ipynb"))
        {
            string student = ExerciseReleaser.Release(NotebookJson.Read(path));
            string packed = StudentPack.ForPack(student, Path.GetFileName(path));
            var before = NotebookJson.Parse(student, path).Cells.Select(c => c.Source).ToList();
            var after = NotebookJson.Parse(packed, path).Cells.Select(c => c.Source).ToList();
            var changed = before.Zip(after).Where(p => p.First != p.Second).ToList();
            Assert.NotEmpty(changed); // the first cell, the markdown that names the corpus folder, the link to the contents
            foreach (var (from, to) in changed)
                Assert.Equal(from.Replace("../../src/Kit/bin/Debug/net8.0/Kit.dll", "lib/Kit.dll").Replace("CorpusFolder(\"../../seeds\")", "CorpusFolder(\"corpus\")").Replace("](../README.md)", "](README.md)"), to);
        }
    }

    [Fact]
    public void A_notebook_that_reads_outside_its_folder_cannot_be_packed()
    {
        using var temp = new TempFolder();
        temp.File("instructor/01-a.ipynb", NotebookFiles.Make("var text = System.IO.File.ReadAllText(\"../../tests/gold/x.txt\");"));
        var e = Assert.Throws<NotebookFormatException>(() =>
            StudentPack.Write(Path.Combine(temp.Path, "instructor"), Path.Combine(temp.Path, "pack"), KitPaths.Seeds, KitDll));
        Assert.StartsWith("01-a.ipynb, cell 1: reaches outside the notebook's folder", e.Message);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "pack")));
    }

    [Fact]
    public void The_pack_is_refused_in_the_notebook_folders_and_over_a_folder_that_is_not_a_pack()
    {
        using var temp = new TempFolder();
        temp.File("notebooks/instructor/01-a.ipynb", NotebookFiles.Make("1"));
        string source = Path.Combine(temp.Path, "notebooks", "instructor");
        foreach (var target in new[] { source, Path.Combine(temp.Path, "notebooks", "student"), Path.Combine(source, "pack"), temp.Path })
        {
            var e = Assert.Throws<NotebookFormatException>(() => StudentPack.Write(source, target, KitPaths.Seeds, KitDll));
            Assert.Contains("kit release will not write a pack into or over the notebook folders", e.Message);
        }
        temp.File("mine/notes.txt", "my notes");
        var foreign = Assert.Throws<NotebookFormatException>(() => StudentPack.Write(source, Path.Combine(temp.Path, "mine"), KitPaths.Seeds, KitDll));
        Assert.EndsWith("is not empty and is not a pack kit release wrote; choose an empty or new folder.", foreign.Message);
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(temp.Path, "mine", "notes.txt")));
    }

    [Fact]
    public void An_interrupted_pack_leaves_nothing_half_written_and_an_older_pack_intact()
    {
        using var temp = new TempFolder();
        string target = Path.Combine(temp.Path, "pack");
        StudentPack.Write(Instructor, target, KitPaths.Seeds, KitDll);
        var before = Directory.GetFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => StudentPack.Write(Instructor, target, KitPaths.Seeds, KitDll, cancelled.Token));
        Assert.Equal(before, Directory.GetFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList());
        Assert.Equal(["pack"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName)); // no .partial folder left
        Assert.ThrowsAny<OperationCanceledException>(() => StudentPack.Write(Instructor, Path.Combine(temp.Path, "new"), KitPaths.Seeds, KitDll, cancelled.Token));
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "new")));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
