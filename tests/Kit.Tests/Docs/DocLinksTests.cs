using System.Text.RegularExpressions;
using Kit.Files;

namespace Kit.Tests.Docs;

/// <summary>The README stays a five-minute read, and every page of the manual it sends a reader to exists.</summary>
public partial class DocLinksTests
{
    public static TheoryData<string> Pages() =>
        new(new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(KitPaths.Root, "docs"), "*.md").Select(p => Path.GetRelativePath(KitPaths.Root, p))).Order());

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_points_at_a_file_of_the_repository(string page)
    {
        string path = Path.Combine(KitPaths.Root, page);
        var broken = Link().Matches(File.ReadAllText(path)).Select(m => m.Groups["target"].Value)
            .Where(t => !t.StartsWith("http", StringComparison.Ordinal) && !t.StartsWith('#'))
            .Select(t => t.Split('#')[0])
            .Where(t => !File.Exists(Path.Combine(Path.GetDirectoryName(path)!, t)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(path)!, t)))
            .ToList();
        Assert.True(broken.Count == 0, $"{page} links to missing files: {string.Join(", ", broken)}");
    }

    [Fact]
    public void The_README_is_short()
    {
        int lines = File.ReadAllLines(Path.Combine(KitPaths.Root, "README.md")).Length;
        Assert.True(lines <= 150, $"README.md has {lines} lines; move detail to docs/.");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
