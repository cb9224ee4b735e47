using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Kit.Notebooks.Model;
using Kit.Notebooks.Release;
using Kit.Tests.Support;

namespace Kit.Tests.Properties;

/// <summary>
/// A notebook an instructor broke by hand, in any way: reading it and everything the kit does with a notebook it
/// read either works or fails with a NotebookFormatException (one line naming the file and the place), nothing else.
/// </summary>
public class NotebookPropertyTests
{
    private static readonly string Valid = NotebookFiles.Make(
        ("markdown", "## Exercise 1.1\nWrite F."),
        ("code", "int F()\n{\n    // BEGIN SOLUTION\n    return 1;\n    // END SOLUTION\n}"),
        ("code", "#!csharp\nF()"));

    // Each mutation: a number that picks a place in the JSON tree and what to put there (or to remove it).
    private static readonly Arbitrary<int[]> Mutations = Arb.From(Gen.ArrayOf(Gen.Choose(0, int.MaxValue)).Where(a => a.Length is > 0 and <= 4));

    [Fact]
    public void A_notebook_broken_anywhere_is_read_and_released_or_named()
    {
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(600 * TextGen.RunFactor), Prop.ForAll(Mutations, mutations =>
        {
            var root = JsonNode.Parse(Valid)!;
            foreach (int m in mutations) Mutate(root, m);
            string json = root.ToJsonString();
            try
            {
                var notebook = NotebookJson.Parse(json, "nb.ipynb");
                _ = notebook.DefaultKernel;
                foreach (var cell in notebook.Cells) _ = (cell.Source, cell.Kernel, cell.Id, cell.CellType, cell.IsCode);
                _ = ExerciseReleaser.Exercises(notebook);
                _ = ExerciseReleaser.Release(notebook);
            }
            catch (NotebookFormatException e)
            {
                Assert.StartsWith("nb.ipynb", e.Message);
                Assert.DoesNotContain('\n', e.Message);
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message} on {json}");
            }
        }));
    }

    [Fact]
    public void A_notebook_cut_short_anywhere_is_named_with_its_line_and_position()
    {
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Gen.Choose(0, Valid.Length - 1)), cut =>
        {
            var e = Assert.Throws<NotebookFormatException>(() => NotebookJson.Parse(Valid[..cut], "nb.ipynb"));
            Assert.Matches(@"^nb\.ipynb: not valid JSON at line \d+, position \d+\.$", e.Message);
        }));
    }

    private static void Mutate(JsonNode root, int seed)
    {
        var slots = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, slots);
        if (slots.Count == 0) return;
        var (parent, key, index) = slots[seed % slots.Count];
        int kind = seed / slots.Count % 8;
        JsonNode? replacement = kind switch
        {
            0 => null,
            1 => JsonValue.Create(7),
            2 => JsonValue.Create("x"),
            3 => JsonValue.Create(true),
            4 => new JsonArray(),
            5 => new JsonObject(),
            6 => new JsonArray(JsonValue.Create(1)),
            _ => JsonValue.Create(-1.5),
        };
        bool remove = seed % 11 == 0;
        if (parent is JsonObject o && key is not null)
        {
            if (remove) o.Remove(key);
            else o[key] = replacement;
        }
        else if (parent is JsonArray a)
        {
            if (remove) a.RemoveAt(index);
            else a[index] = replacement;
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    slots.Add((o, key, -1));
                    if (child is not null) Collect(child, slots);
                }
                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    slots.Add((a, null, i));
                    if (a[i] is { } child) Collect(child, slots);
                }
                break;
        }
    }
}
