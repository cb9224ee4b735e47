using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Tests.Support;

namespace Kit.Tests.Notebooks;

/// <summary>kit release never overwrites an instructor notebook, whatever the folders are called.</summary>
public class ReleaseSafetyTests
{
    private static readonly string Instructor = NotebookFiles.Make("// Exercise 1.1\nint F()\n{\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n}");

    [Fact]
    public void A_link_to_the_instructor_folder_is_the_instructor_folder()
    {
        if (OperatingSystem.IsWindows()) return; // symbolic links need rights there
        using var temp = new TempFolder();
        var source = Path.Combine(temp.Path, "instructor");
        var notebook = temp.File("instructor/a.ipynb", Instructor);
        var link = Path.Combine(temp.Path, "student");
        Directory.CreateSymbolicLink(link, source);
        var e = Assert.Throws<NotebookFormatException>(() => NotebookRelease.ReleaseFolder(source, link));
        Assert.Equal($"{link}: kit release will not write into the folder it releases from ({source}); choose another --out.", e.Message);
        Assert.Throws<NotebookFormatException>(() => NotebookRelease.ReleaseFolder(source, Path.Combine(link, "sub")));
        Assert.Equal(Instructor, File.ReadAllText(notebook));
    }

    [Fact]
    public void A_notebook_with_solutions_in_the_student_folder_is_never_overwritten_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        temp.File("instructor/a.ipynb", Instructor);
        temp.File("instructor/b.ipynb", Instructor.Replace("Exercise 1.1", "Exercise 2.1"));
        var copied = temp.File("student/b.ipynb", Instructor); // an instructor notebook copied there by hand
        var e = Assert.Throws<NotebookFormatException>(() => NotebookRelease.ReleaseFolder(Path.Combine(temp.Path, "instructor"), Path.Combine(temp.Path, "student")));
        Assert.Equal($"{copied}: holds // BEGIN SOLUTION markers, so it looks like an instructor notebook; kit release will not overwrite it.", e.Message);
        Assert.Equal(Instructor, File.ReadAllText(copied));
        Assert.False(File.Exists(Path.Combine(temp.Path, "student", "a.ipynb")));
    }

    [Fact]
    public void A_broken_notebook_with_a_marker_is_kept_too()
    {
        using var temp = new TempFolder();
        temp.File("instructor/a.ipynb", Instructor);
        var broken = temp.File("student/a.ipynb", Instructor[..^10]); // half-saved: not JSON any more
        Assert.Throws<NotebookFormatException>(() => NotebookRelease.ReleaseFolder(Path.Combine(temp.Path, "instructor"), Path.Combine(temp.Path, "student")));
        Assert.Equal(Instructor[..^10], File.ReadAllText(broken));
    }

    [Fact]
    public void Releasing_again_replaces_the_student_notebooks()
    {
        using var temp = new TempFolder();
        temp.File("instructor/a.ipynb", Instructor);
        var (source, target) = (Path.Combine(temp.Path, "instructor"), Path.Combine(temp.Path, "student"));
        var first = NotebookRelease.ReleaseFolder(source, target);
        string released = File.ReadAllText(Assert.Single(first));
        Assert.Contains("throw new NotImplementedException(\\\"Exercise 1.1\\\");", released);
        Assert.Equal(first, NotebookRelease.ReleaseFolder(source, target));
        Assert.Equal(released, File.ReadAllText(first[0]));
        Assert.Equal(Instructor, File.ReadAllText(Path.Combine(source, "a.ipynb")));
    }
}
