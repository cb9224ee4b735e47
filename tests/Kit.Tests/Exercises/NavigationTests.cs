using System.Text.RegularExpressions;
using Kit.Files;
using Kit.Notebooks.Model;

namespace Kit.Tests.Exercises;

/// <summary>The course reads in order: a contents page, and each notebook ending with its progress and links to its neighbours.</summary>
public class NavigationTests
{
    private static readonly string[] Order = Directory.GetFiles(Path.Combine(KitPaths.Notebooks, "instructor"), "*.ipynb")
        .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void The_contents_page_links_every_student_notebook_in_order()
    {
        string page = File.ReadAllText(Path.Combine(KitPaths.Notebooks, "README.md"));
        var links = Regex.Matches(page, @"\]\(student/([^)]+\.ipynb)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(Order, links);
    }

    [Fact]
    public void Each_notebook_ends_with_its_progress_and_links_to_the_contents_and_its_neighbours()
    {
        for (int i = 0; i < Order.Length; i++)
        {
            var cells = NotebookJson.Read(Path.Combine(KitPaths.Notebooks, "instructor", Order[i])).Cells;
            Assert.Equal("Progress()", cells.Last(c => c.IsCode).Source.Trim());
            string last = cells[^1].Source;
            Assert.Contains("[Contents](../README.md)", last);
            var targets = Regex.Matches(last, @"\]\(([^)]+\.ipynb)\)").Select(m => m.Groups[1].Value).ToList();
            var expected = new List<string>();
            if (i > 0) expected.Add(Order[i - 1]);
            if (i < Order.Length - 1) expected.Add(Order[i + 1]);
            Assert.Equal(expected, targets);
            Assert.Contains("What you have seen", string.Concat(cells.Where(c => !c.IsCode).Select(c => c.Source)).Replace("What to take away", "What you have seen"));
        }
    }
}
