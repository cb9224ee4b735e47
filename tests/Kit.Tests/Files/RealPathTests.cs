using Kit.Files;
using Kit.Tests.Support;

namespace Kit.Tests.Files;

/// <summary>RealPath.OfEach gives what RealPath.Of gives, also where it lists a folder instead of asking each file.</summary>
public class RealPathTests
{
    [Fact]
    public void Many_files_of_one_folder_resolve_as_one_at_a_time_links_included()
    {
        using var temp = new TempFolder();
        var elsewhere = temp.File("elsewhere/target.txt", "نص");
        var paths = Enumerable.Range(0, 40).Select(i => temp.File($"corpus/{i:00}.txt", "نص")).ToList();
        var link = Path.Combine(temp.Path, "corpus", "50-link.txt");
        File.CreateSymbolicLink(link, elsewhere);
        var dangling = Path.Combine(temp.Path, "corpus", "51-dangling.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(temp.Path, "nowhere.txt"));
        paths.AddRange([link, dangling, Path.Combine(temp.Path, "corpus", "52-missing.txt")]);

        var each = RealPath.OfEach(paths).ToList();

        Assert.Equal(paths.Select(RealPath.Of), each);
        Assert.Equal(RealPath.Of(elsewhere), each[40]);
    }
}
