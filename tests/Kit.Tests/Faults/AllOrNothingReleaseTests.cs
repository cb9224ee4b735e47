using System.Collections;
using Kit.Files;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Faults;

/// <summary>
/// kit release wrote the student notebooks one by one: stopped or failing half-way (Ctrl+C, a full disk, a folder in
/// the way), it left half of them new and a truncated hidden temporary file. Now every notebook is staged first and
/// moved into place only when all are written: a failure or a signal before that changes nothing and leaves nothing.
/// </summary>
[Collection(NotebookCollection.Name)]
public class AllOrNothingReleaseTests
{
    private static readonly string Instructor = NotebookFiles.Make("// Exercise 1.1\nint F()\n{\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n}");

    private const string OldStudent = "the student notebook of last term\n";

    [Fact]
    public void A_failure_on_the_second_notebook_leaves_the_first_unchanged()
    {
        using var temp = new TempFolder();
        // Two notebooks whose exercises are numbered as kit release wants (Exercise 1.1 in 01-…, 2.1 in 02-…).
        temp.File("instructor/01-a.ipynb", Instructor);
        temp.File("instructor/02-b.ipynb", Instructor.Replace("Exercise 1.1", "Exercise 2.1"));
        var a = temp.File("student/01-a.ipynb", OldStudent);
        Directory.CreateDirectory(Path.Combine(temp.Path, "student", "02-b.ipynb")); // in the way: b cannot be written

        var result = KitCommand.Run("release", "--from", Path.Combine(temp.Path, "instructor"), "--out", Path.Combine(temp.Path, "student"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Single(result.ErrLines);
        Assert.Equal(OldStudent, File.ReadAllText(a));
        Assert.Equal(["01-a.ipynb", "02-b.ipynb"], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "student")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stopped_half_way_through_staging_nothing_changes_and_nothing_is_left()
    {
        using var temp = new TempFolder();
        var first = temp.File("student/a.ipynb", OldStudent);
        using var interrupt = new CancellationTokenSource();
        // Ctrl+C arrives while the third file is being staged.
        var files = new CancellingList(
            [(first, "new a"), (Path.Combine(temp.Path, "student", "b.ipynb"), "new b"), (Path.Combine(temp.Path, "student", "c.ipynb"), "new c")],
            cancelAt: 2, interrupt);

        Assert.Throws<OperationCanceledException>(() => StagedFiles.WriteAll(files, interrupt.Token));

        Assert.Equal(OldStudent, File.ReadAllText(first));
        Assert.Equal(["a.ipynb"], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "student")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_new_folder_made_for_files_that_were_never_written_is_removed()
    {
        using var temp = new TempFolder();
        string folder = Path.Combine(temp.Path, "student");
        Directory.CreateDirectory(Path.Combine(temp.Path, "blocked.ipynb"));
        Assert.Throws<IOException>(() => StagedFiles.WriteAll([(Path.Combine(folder, "a.ipynb"), "a"), (Path.Combine(temp.Path, "blocked.ipynb"), "b")]));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void All_written_when_nothing_stops_it()
    {
        using var temp = new TempFolder();
        var first = temp.File("student/a.ipynb", OldStudent);
        StagedFiles.WriteAll([(first, "new a"), (Path.Combine(temp.Path, "student", "b.ipynb"), "new b")]);
        Assert.Equal("new a", File.ReadAllText(first));
        Assert.Equal("new b", File.ReadAllText(Path.Combine(temp.Path, "student", "b.ipynb")));
        Assert.Equal(2, Directory.GetFileSystemEntries(Path.Combine(temp.Path, "student")).Length); // no staging folder left
    }

    private sealed class CancellingList(IReadOnlyList<(string, string)> items, int cancelAt, CancellationTokenSource source) : IReadOnlyList<(string Path, string Content)>
    {
        public (string Path, string Content) this[int index]
        {
            get
            {
                if (index == cancelAt) source.Cancel();
                return items[index];
            }
        }

        public int Count => items.Count;

        public IEnumerator<(string Path, string Content)> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
