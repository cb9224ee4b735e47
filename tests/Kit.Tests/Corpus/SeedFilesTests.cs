using System.Security.Cryptography;
using Kit.Tests.Support;

namespace Kit.Tests.Corpus;

public class SeedFilesTests
{
    // SHA-256 of ../shared/seeds as handed to the project (sha256sum, 2026-11-21): the copies must be byte for byte.
    [Theory]
    [InlineData("000_0f2ce59b6fa4586a.txt", "aa173828ec02f987b28118235b9d3748e1cf97cf35003e0c3ea478b56caf2fa4")]
    [InlineData("001_f6010fdbcee2629d.txt", "90cd872355dab71b68c538112907a62639ea01f1922cea14c492797c95a028da")]
    [InlineData("002_03edd946449ee7ed.txt", "c700649023ca173dc54b52b995ab3a3893771cee00fc44b0c4b4173ae05e7dc9")]
    [InlineData("003_36a2fafde9fbd47a.txt", "1ab78f776156a1c48cd490193847dc47db89b930c02b90f488afb36955453431")]
    [InlineData("004_88102d76cfe70e6b.txt", "c0da5670f2cb1a3aa16f30e5facb750ded942be7dc341637e7897c778ef4625d")]
    public void Seed_is_byte_for_byte_the_shared_article(string file, string sha256)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Seeds.Folder, file));
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Fact]
    public void Seeds_folder_holds_exactly_the_five_articles() =>
        Assert.Equal(5, Directory.GetFiles(Seeds.Folder).Length);
}
