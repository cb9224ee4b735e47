using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Tests.Support;

namespace Kit.Tests.Exercises;

/// <summary>kit release refuses exercise numbers that do not read like a book, naming the notebook, the cell and the fault.</summary>
[Collection(Kit.Tests.Notebooks.NotebookCollection.Name)] // kit release runs in-process: the console is global
public class ExerciseNumberingTests
{
    private static string Exercise(string id) => $"// Exercise {id}\nint F()\n{{\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n}}";

    private static NotebookFormatException Refused(string name, params string[] ids)
    {
        using var temp = new TempFolder();
        var path = temp.File(name, NotebookFiles.Make(ids.Select(Exercise).ToArray()));
        return Assert.Throws<NotebookFormatException>(() => ExerciseNumbering.Validate(NotebookJson.Read(path)));
    }

    [Fact]
    public void Duplicate_numbers_are_refused()
    {
        Assert.Equal("02-x.ipynb, cell 3: Exercise 2.2 appears twice (first in cell 2); number each exercise once.",
            Refused("02-x.ipynb", "2.1", "2.2", "2.2").Message);
    }

    [Fact]
    public void A_missing_number_is_refused()
    {
        Assert.Equal("02-x.ipynb, cell 2: Exercise 2.2 is missing: 2.1 is followed by 2.3.", Refused("02-x.ipynb", "2.1", "2.3").Message);
        Assert.Equal("02-x.ipynb, cell 1: the first exercise is 2.2; number them from 2.1.", Refused("02-x.ipynb", "2.2", "2.3").Message);
    }

    [Fact]
    public void Numbers_out_of_order_are_refused()
    {
        Assert.Equal("02-x.ipynb, cell 2: Exercise 2.3 comes before 2.2 (cell 3); exercises are numbered in the order they appear.",
            Refused("02-x.ipynb", "2.1", "2.3", "2.2").Message);
    }

    [Fact]
    public void An_exercise_of_another_notebook_is_refused()
    {
        Assert.Equal("02-x.ipynb, cell 2: Exercise 3.2 does not belong here: the exercises of notebook 02 are numbered 2.1, 2.2, …",
            Refused("02-x.ipynb", "2.1", "3.2").Message);
    }

    [Fact]
    public void Good_numbers_pass_and_two_regions_of_one_cell_are_one_exercise()
    {
        using var temp = new TempFolder();
        string twoRegions = Exercise("1.2") + "\n" + Exercise("1.2").Replace("int F()", "int G()");
        var path = temp.File("01-x.ipynb", NotebookFiles.Make(Exercise("1.1"), twoRegions, Exercise("1.3")));
        ExerciseNumbering.Validate(NotebookJson.Read(path));
        Assert.Equal(["1.1", "1.2", "1.3"], ExerciseReleaser.Exercises(NotebookJson.Read(path)));
    }

    [Fact]
    public void Kit_release_writes_nothing_when_a_number_is_wrong_and_says_why_in_one_line()
    {
        using var temp = new TempFolder();
        temp.File("instructor/01-a.ipynb", NotebookFiles.Make(Exercise("1.1")));
        temp.File("instructor/02-b.ipynb", NotebookFiles.Make(Exercise("2.1"), Exercise("2.1")));
        var result = KitCommand.Run("release", "--from", Path.Combine(temp.Path, "instructor"), "--out", Path.Combine(temp.Path, "student"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["kit: 02-b.ipynb, cell 2: Exercise 2.1 appears twice (first in cell 1); number each exercise once."], result.ErrLines);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "student")));
    }

    [Fact]
    public void Two_notebooks_with_the_same_numbers_are_refused()
    {
        using var temp = new TempFolder();
        temp.File("instructor/a.ipynb", NotebookFiles.Make(Exercise("1.1")));
        temp.File("instructor/b.ipynb", NotebookFiles.Make(Exercise("1.1")));
        var e = Assert.Throws<NotebookFormatException>(() => NotebookRelease.ReadAndValidate(Path.Combine(temp.Path, "instructor")));
        Assert.Equal("b.ipynb: its exercises are numbered 1.…, like those of a.ipynb; give each notebook its own number.", e.Message);
    }
}
