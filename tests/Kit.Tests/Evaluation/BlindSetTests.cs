using Kit.Evaluation;
using Kit.Tests.Support;
using Xunit.Abstractions;

namespace Kit.Tests.Evaluation;

/// <summary>
/// The kit on annotated folders in issue 15's format (persons.tsv, quotes.tsv, *.txt, dates.tsv). Prints the figures
/// per document and in total:
/// <code>KIT_BLIND_SET=/path/to/dev dotnet test tests/Kit.Tests --filter BlindSet --logger "console;verbosity=detailed"</code>
/// The folders under tests/gold/blind are checked against floors once they are there; the own development texts
/// (tests/gold/extra/people) always.
/// </summary>
public class BlindSetTests(ITestOutputHelper output)
{
    private BlindScorer.Result Run(string folder)
    {
        var set = BlindSet.Load(folder);
        var result = BlindScorer.Run(set);
        output.WriteLine($"== {folder}: {set.Documents.Count} articles, {set.Persons.Count} gold person mentions, {set.Quotes.Count} gold quotes");
        output.WriteLine(result.Report());
        return result;
    }

    // Every floor of a set at once; each message prints the measure's counts.
    private static void ClearsFloors(BlindScorer.Result result, double precision, double recall, double spans, double pairs)
    {
        Assert.True(result.Persons.Precision >= precision, result.Persons.ToString());
        Assert.True(result.Persons.Recall >= recall, result.Persons.ToString());
        Assert.True(result.QuoteSpans.F1 >= spans, result.QuoteSpans.ToString());
        Assert.True(result.Pairs.F1 >= pairs, result.Pairs.ToString());
    }

    [FolderFact("KIT_BLIND_SET")]
    public void BlindSet_from_the_environment_prints_its_figures()
    {
        var result = Run(FolderFactAttribute.FolderFor("KIT_BLIND_SET", null)!);
        Assert.True(result.Persons.TruePositives + result.Persons.FalseNegatives > 0, "the folder has no gold person mentions");
    }

    // Floors at the figures measured on 2026-12-01 after tuning on the dev set (in-sample; tests/gold/blind/README.md):
    // persons P=1.000 R=0.897 (70 of 78), quote spans F1=0.975, pairs F1=0.949 (75 right of 78 predicted, 80 gold); merged
    // with the people branch's last rules, persons P=0.986 (one more name found in d07, a wrong one). The
    // blind first run, rules at 75d71b5, was persons P=0.842 R=0.615, quote spans F1=0.938, pairs F1=0.738.
    [FolderFact(null, "tests/gold/blind/dev")]
    public void BlindSet_dev_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind/dev")!);
        // Raised (in-sample) after the generalization work of branch people15: persons P=1.000 R=0.923 (72 of 78), pairs F1=0.962.
        // recall: branch rules2 (in-sample): 0.936 (73 of 78)
        // spans: branch rules3 (in-sample): 0.988
        // pairs: branch rules3 (in-sample): 0.975
        // pairs: branches quotes + quotes2 (in-sample): 0.988
        ClearsFloors(result, precision: 1.0, recall: 0.935, spans: 0.987, pairs: 0.987);
    }

    // The held-out part, run once, at the end (2026-12-01, rules of main after the dev-set tuning): persons P=0.870
    // R=0.625 (20 right of 23 predicted, 32 gold), quote spans F1=0.949, pairs F1=0.746. Floors at those figures; any
    // rule tuned on it from now on makes it in-sample too (tests/gold/blind/README.md).
    [FolderFact(null, "tests/gold/blind/heldout")]
    public void BlindSet_heldout_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind/heldout")!);
        // Raised (IN-SAMPLE: its errors were looked at by kind) after branch people15: persons P=1.000 R=1.000 (32 of 32), pairs F1=0.915;
        // after branch people15b (tuned on blind2/dev, not on this): quote spans and pairs F1=0.966 (28 of 29).
        // spans: branch rules3 (in-sample): 1.000
        // pairs: branch rules3 (in-sample): 1.000 (29 of 29)
        // in-sample after the round people17 (main at 6aec56f): P=1.000 R=1.000 pairs F1=1.000
        ClearsFloors(result, precision: 1.0, recall: 1.0, spans: 0.999, pairs: 1.0);
    }

    // The second blind set's dev part (tests/gold/blind2/README.md). Its two blind runs were persons P=0.954 R=0.614,
    // pairs F1=0.756 (rules at 183ce70) and P=0.948 R=0.723, pairs F1=0.829 (7fb08e0). Floors at the figures measured
    // on 2026-12-01 after branch people15b looked at its errors by kind (IN-SAMPLE): persons P=1.000 R=0.911 (92 of
    // 101), quote spans F1=0.991, pairs F1=0.963 (104 right of 107 predicted, 109 gold).
    [FolderFact(null, "tests/gold/blind2/dev")]
    public void BlindSet_second_dev_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind2/dev")!);
        // recall: people15c (in-sample): 0.941 (95 of 101); branch rules: 0.950 (96)
        // spans: 1d00cf7 (in-sample): 0.995; branch rules3 (in-sample): 1.000
        // pairs: 1d00cf7 (in-sample): 0.968; branch rules3 (in-sample): 0.972
        // pairs: branches quotes + quotes2 (in-sample): 0.991
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.950 pairs F1=1.000
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.960 pairs F1=1.000
        ClearsFloors(result, precision: 1.0, recall: 0.960, spans: 0.999, pairs: 1.0);
    }

    // The second blind set's held-out part, run once at the end with the rules of 33b9a93 (nobody who wrote a rule saw
    // it): persons P=0.971 R=0.773 (34 of 44), quote spans F1=0.968, pairs P=0.809 R=0.792 F1=0.800 (38 of 47 predicted,
    // 48 gold). Floors at those figures; from now on it is seen text.
    [FolderFact(null, "tests/gold/blind2/heldout")]
    public void BlindSet_second_heldout_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind2/heldout")!);
        // Raised (IN-SAMPLE) after branch people15c: persons P=0.977 R=0.955 (42 of 44), pairs F1=0.863; branch rules: P=1.000
        // (the airport's given name, مطار مرتالا محمد الدولي, no longer a person).
        // recall: branch rules: 43 of 44 (تلاميذ عون)
        // spans: branch rules3 (in-sample): 1.000
        // pairs: branch rules3 (in-sample): 0.938
        // pairs: branch quotes (in-sample): 1.000 (48 of 48)
        // in-sample after the round people17 (main at 6aec56f): P=1.000 R=0.977 pairs F1=1.000
        ClearsFloors(result, precision: 1.0, recall: 0.977, spans: 0.999, pairs: 1.0);
    }

    // The third blind set (tests/gold/blind3/README.md), written after the rules of e7a3add and run once with them, nobody
    // who wrote a rule having seen it: persons P=0.921 R=0.841 (58 of 69), quote spans F1=0.928, pairs P=0.892 R=0.835
    // F1=0.863 (66 of 74 predicted, 79 gold). Floors at those figures; from now on it is seen text.
    [FolderFact(null, "tests/gold/blind3/test")]
    public void BlindSet_third_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind3/test")!);
        // Raised (IN-SAMPLE: its errors were read by kind on branch rules): persons P=1.000 R=0.913 (63 of 69), quote spans
        // F1=0.941, pairs F1=0.876 (67 of 74 predicted, 79 gold).
        // recall: branch rules2 (in-sample): 0.957 (66 of 69)
        // spans: 1d00cf7 (in-sample): 0.968; branch rules3 (in-sample): 0.981
        // pairs: 1d00cf7 (in-sample): 0.892; branch rules3 (in-sample): 0.956
        // pairs: branch quotes (in-sample): 0.981
        // spans and pairs: branch quotes3 (in-sample): 0.994 (marks after a colon; a past form after a preposition)
        ClearsFloors(result, precision: 1.0, recall: 0.956, spans: 0.993, pairs: 0.993);
    }

    // The fourth blind set (tests/gold/blind4/README.md), written while the rules of branch rules were made and run once
    // with main at 6d52a53, nobody who wrote a rule having seen it: persons P=0.833 R=0.732 (60 of 72 predicted, 82 gold),
    // quote spans F1=0.960, pairs P=0.781 R=0.735 F1=0.758 (75 of 96 predicted, 102 gold). Floors at those figures.
    [FolderFact(null, "tests/gold/blind4/test")]
    public void BlindSet_fourth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind4/test")!);
        // Raised (IN-SAMPLE: its errors were read by kind on branch rules2): persons P=1.000 R=0.780 (64 of 64 predicted,
        // 82 gold), quote spans F1=0.960, pairs P=0.823 R=0.775 F1=0.798 (79 of 96 predicted, 102 gold).
        // recall: branch rules3 (in-sample): 0.793 (65 of 82; كتب found one more speaker's name)
        // spans: 1d00cf7 (in-sample): 0.965; branch rules3 (in-sample): 0.985
        // pairs: rules2 + 1d00cf7 (in-sample): 0.814; branch rules3 (in-sample): 0.877
        // branches people, quotes, people2, quotes2 (in-sample): persons R 0.817 (67 of 82), spans F1 1.000, pairs F1 0.980.
        // branch people3 (in-sample): persons R 0.829 (68 of 82; a first name no list knows, beside a reporting verb).
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.841 pairs F1=0.980
        ClearsFloors(result, precision: 1.0, recall: 0.841, spans: 0.999, pairs: 0.980);
    }

    // The fifth blind set (tests/gold/blind5/README.md), written while the rules of branch rules2 were made and run once
    // with main at e068f30, nobody who wrote a rule having seen it: persons P=0.933 R=0.795 (70 of 75 predicted, 88 gold),
    // quote spans F1=0.950, pairs P=0.807 R=0.780 F1=0.793 (71 of 88 predicted, 91 gold). Floors at those figures.
    [FolderFact(null, "tests/gold/blind5/test")]
    public void BlindSet_fifth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind5/test")!);
        // branch rules3 (in-sample): persons P 0.933→0.986 (70 of 71), spans F1 0.950→0.978, pairs F1 0.793→0.890.
        // branches people, quotes, people2, quotes2 (in-sample): persons P 1.000 R 0.875 (77 of 88), spans and pairs F1 1.000.
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=1.000 R=0.898 pairs F1=1.000
        // in-sample after the round people17 (main at 6aec56f): P=1.000 R=0.898 pairs F1=1.000
        ClearsFloors(result, precision: 1.0, recall: 0.897, spans: 0.999, pairs: 1.0);
    }

    // The sixth blind set (tests/gold/blind6/README.md), written while the rules of branch rules3 were made and run once
    // with main at 8b4b71e, nobody who wrote a rule having seen it: persons P=0.904 R=0.759 (66 of 73 predicted, 87 gold),
    // quote spans F1=0.984, pairs P=0.758 R=0.734 F1=0.746 (69 of 91 predicted, 94 gold). Floors at those figures.
    [FolderFact(null, "tests/gold/blind6/test")]
    public void BlindSet_sixth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind6/test")!);
        // IN-SAMPLE after branches people, quotes, people2, quotes2 read its errors and the dateline fix (75106d5): persons
        // P 1.000 R 0.897 (78 of 87), spans F1 0.995, pairs F1 0.920 (86 of 93 predicted, 94 gold).
        // spans and pairs: branch quotes3 (in-sample): 1.000, 0.926 (the quote after a long aside)
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.931 pairs F1=0.926
        ClearsFloors(result, precision: 1.0, recall: 0.931, spans: 0.999, pairs: 0.925);
    }

    // The seventh blind set (tests/gold/blind7/README.md), written while the rounds people, quotes, people2 and quotes2 were
    // made and run once with main at 75106d5, nobody who wrote a rule having seen it: persons P=0.920 R=0.863 (69 of 75
    // predicted, 80 gold), quote spans F1=0.985, pairs P=0.898 R=0.889 F1=0.893 (88 of 98 predicted, 99 gold). Floors there.
    [FolderFact(null, "tests/gold/blind7/test")]
    public void BlindSet_seventh_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind7/test")!);
        // IN-SAMPLE after branch precision read its six false positives by kind: persons P 1.000 R 0.863.
        // branch people3 (in-sample, its misses read by kind): persons R 0.925 (74 of 80).
        // spans and pairs after branches quotes3 and people3 merged (in-sample): 0.995, 0.935
        // spans and pairs in-sample after branch quotes4: 1.000, 0.939 (كتب عليها reports no one)
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.925 pairs F1=0.939
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.963 pairs F1=0.949
        ClearsFloors(result, precision: 1.0, recall: 0.962, spans: 0.999, pairs: 0.949);
    }

    // The eighth blind set (tests/gold/blind8/README.md), written while the precision round on the seventh was made and run
    // once with main at ee2c57b, nobody who wrote a rule having seen it: persons P=0.810 R=0.701 (47 of 58 predicted, 67
    // gold), quote spans F1=1.000, pairs F1=0.897 (78 of 87). Floors there.
    [FolderFact(null, "tests/gold/blind8/test")]
    public void BlindSet_eighth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind8/test")!);
        // IN-SAMPLE after branch people3 read its errors by kind: persons P 0.983 R 0.851 (57 of 58 predicted, 67 gold), pairs F1 0.920.
        // pairs after branches quotes3 and people3 merged (in-sample): 0.943
        // pairs in-sample after branch quotes4: 0.954
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=0.983 R=0.851 pairs F1=0.977
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.983 R=0.866 pairs F1=0.977
        // in-sample after the round people18 (main at f0664fa): P=0.983 R=0.881 pairs F1=0.977
        ClearsFloors(result, precision: 0.983, recall: 0.88, spans: 0.999, pairs: 0.977);
    }

    // The ninth blind set (tests/gold/blind9/README.md), written while the rounds people3 and quotes3 were made and run once
    // with main at 6782e76, nobody who wrote a rule having seen it: persons P=0.913 R=0.839 (73 of 80 predicted, 87 gold),
    // quote spans F1=0.972, pairs P=0.817 R=0.811 F1=0.814 (103 of 126 predicted, 127 gold). Floors there.
    [FolderFact(null, "tests/gold/blind9/test")]
    public void BlindSet_ninth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind9/test")!);
        // Persons in-sample after branch people4: P=0.987 R=0.851 (74 of 75 predicted).
        // spans and pairs in-sample after branch quotes4: 0.984, 0.897 (113 of 127); with people4 merged, pairs 0.905.
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.851 pairs F1=0.929
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.908 pairs F1=0.929
        ClearsFloors(result, precision: 1.0, recall: 0.908, spans: 0.983, pairs: 0.928);
    }

    // The tenth blind set (tests/gold/blind10/README.md), written at the same time by another helper and run once with the
    // ninth: persons P=0.889 R=0.870 (80 of 90 predicted, 92 gold), quote spans F1=0.988, pairs P=0.849 R=0.843 F1=0.846
    // (107 of 126 predicted, 127 gold). Floors there.
    [FolderFact(null, "tests/gold/blind10/test")]
    public void BlindSet_tenth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind10/test")!);
        // Persons in-sample after branch people4: P=1.000 R=0.880 (81 of 81 predicted).
        // spans and pairs in-sample after branch quotes4: 0.996, 0.902 (115 of 127); with people4 merged, pairs 0.918.
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.891 pairs F1=0.918
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=1.000 R=0.913 pairs F1=0.918
        ClearsFloors(result, precision: 1.0, recall: 0.913, spans: 0.995, pairs: 0.917);
    }

    // The eleventh blind set (tests/gold/blind11/README.md), written while the rounds people4 and quotes4 were made and run
    // once with main at 6721a52, nobody who wrote a rule having seen it: persons P=0.929 R=0.849 (79 of 85 predicted, 93
    // gold), quote spans F1=0.988, pairs P=0.944 R=0.922 F1=0.933 (118 of 125 predicted, 128 gold). Floors there.
    [FolderFact(null, "tests/gold/blind11/test")]
    public void BlindSet_eleventh_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind11/test")!);
        // Persons P=0.988 R=0.892 (83 of 84 predicted), pairs F1=0.941: in-sample after branch people5.
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=0.988 R=0.914 pairs F1=0.949
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.989 R=0.935 pairs F1=0.949
        ClearsFloors(result, precision: 0.988, recall: 0.935, spans: 0.987, pairs: 0.948);
    }

    // The twelfth blind set (tests/gold/blind12/README.md), written at the same time by another helper and run once with
    // the eleventh: persons P=0.977 R=0.945 (86 of 88 predicted, 91 gold), quote spans F1=0.992, pairs P=0.952 R=0.938
    // F1=0.945 (120 of 126 predicted, 128 gold). Floors there.
    [FolderFact(null, "tests/gold/blind12/test")]
    public void BlindSet_twelfth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind12/test")!);
        // Persons P=0.989 R=0.945 (86 of 87 predicted): in-sample after branch people5.
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=0.989 R=0.945 pairs F1=0.961
        // in-sample after the round people18 (main at f0664fa): P=0.989 R=0.956 pairs F1=0.961
        ClearsFloors(result, precision: 0.988, recall: 0.956, spans: 0.991, pairs: 0.96);
    }

    // The thirteenth blind set (tests/gold/blind13/README.md), written while the round people5 was made and run once with
    // main at b4c96ac, nobody who wrote a rule having seen it: persons P=0.929 R=0.859 (79 of 85 predicted, 92 gold), quote
    // spans F1=0.996, pairs P=0.853 R=0.861 F1=0.857 (99 of 116 predicted, 115 gold). Floors there.
    [FolderFact(null, "tests/gold/blind13/test")]
    public void BlindSet_thirteenth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind13/test")!);
        // precision: 0.975 (79 of 81), in-sample after branch people6 (past verb in ت, و + noun + ه, ل on a plural in construct)
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=0.988 R=0.859 pairs F1=0.918
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.988 R=0.870 pairs F1=0.926
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.902 pairs F1=0.952
        ClearsFloors(result, precision: 1.0, recall: 0.902, spans: 0.995, pairs: 0.952);
    }

    // The fourteenth blind set (tests/gold/blind14/README.md), written at the same time by another helper and run once with
    // the thirteenth: persons P=0.889 R=0.851 (80 of 90 predicted, 94 gold), quote spans F1=0.959, pairs P=0.941 R=0.867
    // F1=0.902 (111 of 118 predicted, 128 gold). Floors there.
    [FolderFact(null, "tests/gold/blind14/test")]
    public void BlindSet_fourteenth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind14/test")!);
        // precision: 0.941 (80 of 85), in-sample after branch people6 (a body's word between مدرب and a given name ends no person)
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=0.976 R=0.851 pairs F1=0.911
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.976 R=0.872 pairs F1=0.915
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=0.976 R=0.872 pairs F1=0.919
        // in-sample after the round people18 (main at f0664fa): P=0.977 R=0.915 pairs F1=0.927
        ClearsFloors(result, precision: 0.977, recall: 0.914, spans: 0.963, pairs: 0.927);
    }

    // The fifteenth blind set (tests/gold/blind15/README.md), written while the round people6 was made and run once with
    // main at 49cc204, nobody who wrote a rule having seen it: persons P=0.978 R=0.956 (87 of 89 predicted, 91 gold), quote
    // spans F1=0.979, pairs P=0.874 R=0.852 F1=0.863 (104 of 119 predicted, 122 gold). Floors there.
    [FolderFact(null, "tests/gold/blind15/test")]
    public void BlindSet_fifteenth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind15/test")!);
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.956 pairs F1=0.880
        ClearsFloors(result, precision: 1.0, recall: 0.956, spans: 0.978, pairs: 0.879);
    }

    // The sixteenth blind set (tests/gold/blind16/README.md), written at the same time by another helper and run once with
    // the fifteenth: persons P=0.941 R=0.860 (80 of 85 predicted, 93 gold), quote spans F1=0.992, pairs P=0.943 R=0.928
    // F1=0.935 (116 of 123 predicted, 125 gold). Floors there.
    [FolderFact(null, "tests/gold/blind16/test")]
    public void BlindSet_sixteenth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind16/test")!);
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=0.976 R=0.892 pairs F1=0.952
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.977 R=0.914 pairs F1=0.960
        ClearsFloors(result, precision: 0.977, recall: 0.913, spans: 0.991, pairs: 0.959);
    }

    // The seventeenth blind set (tests/gold/blind17/README.md), written at the start of the sixth session and run once with
    // main at ebaa02c, nobody who wrote a rule having seen it: persons P=0.975 R=0.839 (78 of 80 predicted, 93 gold), quote
    // spans F1=0.984, pairs P=0.921 R=0.892 F1=0.906 (116 of 126 predicted, 130 gold). Floors there.
    [FolderFact(null, "tests/gold/blind17/test")]
    public void BlindSet_seventeenth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind17/test")!);
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.860 pairs F1=0.938
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.903 pairs F1=0.945
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.946 pairs F1=0.945
        ClearsFloors(result, precision: 1.0, recall: 0.946, spans: 0.984, pairs: 0.945);
    }

    // The eighteenth blind set (tests/gold/blind18/README.md), written at the same time by another helper and run once with
    // the seventeenth: persons P=0.964 R=0.871 (81 of 84 predicted, 93 gold), quote spans F1=0.992, pairs P=0.934 R=0.934
    // F1=0.934 (114 of 122 predicted, 122 gold). Floors there.
    [FolderFact(null, "tests/gold/blind18/test")]
    public void BlindSet_eighteenth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind18/test")!);
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=0.988 R=0.892 pairs F1=0.943
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.988 R=0.892 pairs F1=0.967
        // in-sample after the round people13 (main at 1fac777): P=1.000 R=0.892 pairs F1=0.967
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.903 pairs F1=0.975
        ClearsFloors(result, precision: 1.0, recall: 0.903, spans: 0.991, pairs: 0.975);
    }

    // The nineteenth blind set (tests/gold/blind19/README.md), kept unseen while the rounds people7 and quotes5 were made
    // and run once with main at 09ed0da: persons P=0.988 R=0.859 (79 of 80 predicted, 92 gold), quote spans F1=0.984, pairs
    // P=0.969 R=0.954 F1=0.961 (124 of 128 predicted, 130 gold). Floors there.
    [FolderFact(null, "tests/gold/blind19/test")]
    public void BlindSet_nineteenth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind19/test")!);
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.924 pairs F1=0.969
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.957 pairs F1=0.969
        ClearsFloors(result, precision: 1.0, recall: 0.956, spans: 0.984, pairs: 0.968);
    }

    // The twentieth blind set (tests/gold/blind20/README.md), written and run once with the nineteenth: persons P=0.906
    // R=0.846 (77 of 85 predicted, 91 gold), quote spans F1=0.992, pairs P=0.950 R=0.935 F1=0.943 (115 of 121 predicted,
    // 123 gold). Floors there.
    [FolderFact(null, "tests/gold/blind20/test")]
    public void BlindSet_twentieth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind20/test")!);
        // in-sample after the rounds people7, quotes5 and people8 (main at 223f34b): P=1.000 R=0.879 pairs F1=0.951
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=1.000 R=0.890 pairs F1=0.959
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.945 pairs F1=0.959
        ClearsFloors(result, precision: 1.0, recall: 0.945, spans: 0.991, pairs: 0.959);
    }

    // The twenty-first blind set (tests/gold/blind21/README.md), kept unseen through the rounds people7, quotes5 and people8
    // and run once with main at 223f34b: persons P=0.978 R=0.900 (90 of 92 predicted, 100 gold), quote spans F1=0.970,
    // pairs P=0.930 R=0.877 F1=0.903 (107 of 115 predicted, 122 gold). Floors there.
    [FolderFact(null, "tests/gold/blind21/test")]
    public void BlindSet_twenty_first_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind21/test")!);
        ClearsFloors(result, precision: 0.978, recall: 0.900, spans: 0.970, pairs: 0.902);
    }

    // The twenty-second blind set (tests/gold/blind22/README.md), written and run once with the twenty-first: persons
    // P=0.978 R=0.936 (88 of 90 predicted, 94 gold), quote spans F1=0.996, pairs P=0.948 R=0.940 F1=0.944 (109 of 115
    // predicted, 116 gold). Floors there.
    [FolderFact(null, "tests/gold/blind22/test")]
    public void BlindSet_twenty_second_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind22/test")!);
        // in-sample after the round people18 (main at f0664fa): P=0.978 R=0.957 pairs F1=0.944
        ClearsFloors(result, precision: 0.978, recall: 0.957, spans: 0.995, pairs: 0.943);
    }

    // The twenty-third blind set (tests/gold/blind23/README.md), written to confirm the twenty-first and twenty-second and run
    // once with the same rules (223f34b): persons P=0.978 R=0.967 (88 of 90 predicted, 91 gold), quote spans F1=0.987, pairs
    // P=0.957 R=0.949 F1=0.953 (112 of 117 predicted, 118 gold). Floors there.
    [FolderFact(null, "tests/gold/blind23/test")]
    public void BlindSet_twenty_third_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind23/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.989 R=0.967 pairs F1=0.953
        // in-sample after the round people13 (main at 1fac777): P=1.000 R=0.967 pairs F1=0.957
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.967 pairs F1=0.962
        ClearsFloors(result, precision: 1.0, recall: 0.967, spans: 0.990, pairs: 0.961);
    }

    // The twenty-fourth blind set (tests/gold/blind24/README.md), written and run once with the twenty-third: persons P=0.975
    // R=0.846 (77 of 79 predicted, 91 gold), quote spans F1=0.992, pairs P=0.959 R=0.975 F1=0.967 (116 of 121 predicted,
    // 119 gold). Floors there.
    [FolderFact(null, "tests/gold/blind24/test")]
    public void BlindSet_twenty_fourth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind24/test")!);
        // in-sample after the round people9 (main at bf6c21c): P=0.976 R=0.890 pairs F1=0.967
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.976 R=0.890 pairs F1=0.975
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=0.977 R=0.923 pairs F1=0.975
        // in-sample after the round people17 (main at 6aec56f): P=0.988 R=0.934 pairs F1=0.975
        ClearsFloors(result, precision: 0.988, recall: 0.934, spans: 0.991, pairs: 0.975);
    }

    // The twenty-fifth blind set (tests/gold/blind25/README.md), kept unseen while the round people9 was made and run once
    // with main at bf6c21c: persons P=0.892 R=0.796 (74 of 83 predicted, 93 gold), quote spans F1=0.982, pairs P=0.955
    // R=0.922 F1=0.939 (107 of 112 predicted, 116 gold). Floors there.
    [FolderFact(null, "tests/gold/blind25/test")]
    public void BlindSet_twenty_fifth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind25/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.915 R=0.806 pairs F1=0.961
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=0.918 R=0.839 pairs F1=0.961
        // in-sample after the round people18 (main at f0664fa): P=0.926 R=0.935 pairs F1=0.969
        ClearsFloors(result, precision: 0.925, recall: 0.935, spans: 0.986, pairs: 0.969);
    }

    // The twenty-sixth blind set (tests/gold/blind26/README.md), written and run once with the twenty-fifth: persons
    // P=0.976 R=0.892 (83 of 85 predicted, 93 gold), quote spans F1=0.996, pairs P=0.965 R=0.956 F1=0.960 (109 of 113
    // predicted, 114 gold). Floors there.
    [FolderFact(null, "tests/gold/blind26/test")]
    public void BlindSet_twenty_sixth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind26/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.988 R=0.903 pairs F1=0.965
        // in-sample after the round people18 (main at f0664fa): P=0.988 R=0.914 pairs F1=0.965
        ClearsFloors(result, precision: 0.988, recall: 0.913, spans: 0.999, pairs: 0.964);
    }

    // The twenty-seventh blind set (tests/gold/blind27/README.md), written last and run once with the rules of bf6c21c:
    // persons P=0.943 R=0.892 (83 of 88 predicted, 93 gold), quote spans F1=0.987, pairs P=0.973 R=0.965 F1=0.969 (109 of
    // 112 predicted, 113 gold). Floors there.
    [FolderFact(null, "tests/gold/blind27/test")]
    public void BlindSet_twenty_seventh_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind27/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.946 R=0.935 pairs F1=0.969
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=0.956 R=0.935 pairs F1=0.969
        // in-sample after the round people18 (main at f0664fa): P=0.957 R=0.957 pairs F1=0.969
        ClearsFloors(result, precision: 0.956, recall: 0.956, spans: 0.986, pairs: 0.968);
    }

    // The twenty-eighth blind set (tests/gold/blind28/README.md), written and run once with the twenty-seventh: persons
    // P=0.976 R=0.871 (81 of 83 predicted, 93 gold), quote spans F1=0.984, pairs P=0.967 R=0.937 F1=0.952 (119 of 123
    // predicted, 127 gold). Floors there.
    [FolderFact(null, "tests/gold/blind28/test")]
    public void BlindSet_twenty_eighth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind28/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.989 R=0.925 pairs F1=0.968
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=0.989 R=0.925 pairs F1=0.972
        // in-sample after the round people18 (main at f0664fa): P=0.989 R=0.946 pairs F1=0.972
        ClearsFloors(result, precision: 0.988, recall: 0.946, spans: 0.983, pairs: 0.972);
    }

    // The twenty-ninth blind set (tests/gold/blind29/README.md), run once with the rules of 4fcf9a4 (after people10):
    // persons P=0.946 R=0.898 (88 of 93 predicted, 98 gold), quote spans F1=0.996, pairs P=0.934 R=0.942 F1=0.938 (113 of
    // 121 predicted, 120 gold). Floors there.
    [FolderFact(null, "tests/gold/blind29/test")]
    public void BlindSet_twenty_ninth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind29/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.978 R=0.929 pairs F1=0.942
        ClearsFloors(result, precision: 0.978, recall: 0.928, spans: 0.999, pairs: 0.941);
    }

    // The thirtieth blind set (tests/gold/blind30/README.md), run once with the twenty-ninth: persons P=0.929 R=0.868 (79
    // of 85 predicted, 91 gold), quote spans F1=1.000, pairs P=0.931 R=0.931 F1=0.931 (108 of 116 predicted, 116 gold).
    // Floors there.
    [FolderFact(null, "tests/gold/blind30/test")]
    public void BlindSet_thirtieth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind30/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.988 R=0.934 pairs F1=0.966
        ClearsFloors(result, precision: 0.988, recall: 0.934, spans: 1.0, pairs: 0.965);
    }

    // The thirty-first blind set (tests/gold/blind31/README.md), run once with the rules of 0f1533c (after people11):
    // persons P=0.977 R=0.915 (86 of 88 predicted, 94 gold), quote spans F1=0.974, pairs P=0.912 R=0.897 F1=0.904 (104 of
    // 114 predicted, 116 gold). Floors there.
    [FolderFact(null, "tests/gold/blind31/test")]
    public void BlindSet_thirty_first_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind31/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.978 R=0.947 pairs F1=0.952
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=0.989 R=0.947 pairs F1=0.952
        // in-sample after the round people18 (main at f0664fa): P=0.989 R=0.947 pairs F1=0.961
        ClearsFloors(result, precision: 0.988, recall: 0.946, spans: 0.995, pairs: 0.961);
    }

    // The thirty-second blind set (tests/gold/blind32/README.md), run once with the thirty-first: persons P=0.962 R=0.824
    // (75 of 78 predicted, 91 gold), quote spans F1=0.991, pairs P=0.955 R=0.938 F1=0.946 (105 of 110 predicted, 112
    // gold). Floors there.
    [FolderFact(null, "tests/gold/blind32/test")]
    public void BlindSet_thirty_second_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind32/test")!);
        // in-sample after the rounds people10, people11, quotes6, people12 (main at 4a9986f): P=0.966 R=0.934 pairs F1=0.973
        // in-sample after the round people17 (main at 6aec56f): P=0.977 R=0.934 pairs F1=0.973
        ClearsFloors(result, precision: 0.977, recall: 0.934, spans: 0.999, pairs: 0.973);
    }

    // The thirty-third blind set (tests/gold/blind33/README.md), run once with the session's final rules of 4a9986f (after
    // people12 and quotes6): persons P=0.977 R=0.895 (85 of 87 predicted, 95 gold), quote spans F1=0.992, pairs P=0.967
    // R=0.951 F1=0.959 (116 of 120 predicted, 122 gold). Floors there.
    [FolderFact(null, "tests/gold/blind33/test")]
    public void BlindSet_thirty_third_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind33/test")!);
        ClearsFloors(result, precision: 0.977, recall: 0.894, spans: 0.991, pairs: 0.958);
    }

    // The thirty-fourth blind set (tests/gold/blind34/README.md), run once with the thirty-third: persons P=0.929 R=0.849
    // (79 of 85 predicted, 93 gold), quote spans F1=0.968, pairs P=0.893 R=0.850 F1=0.871 (108 of 121 predicted, 127
    // gold). Floors there.
    [FolderFact(null, "tests/gold/blind34/test")]
    public void BlindSet_thirty_fourth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind34/test")!);
        // in-sample after the round people13 (main at 1fac777): P=0.988 R=0.849 pairs F1=0.871
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=0.988 R=0.871 pairs F1=0.895
        // in-sample after the round people18 (main at f0664fa): P=0.988 R=0.892 pairs F1=0.895
        ClearsFloors(result, precision: 0.988, recall: 0.892, spans: 0.967, pairs: 0.895);
    }

    // The thirty-fifth blind set (tests/gold/blind35/README.md), run once with the session's final rules of 1fac777 (after
    // people13): persons P=0.956 R=0.860 (86 of 90 predicted, 100 gold), quote spans F1=0.996, pairs P=0.974 R=0.966
    // F1=0.970 (113 of 116 predicted, 117 gold). Floors there.
    [FolderFact(null, "tests/gold/blind35/test")]
    public void BlindSet_thirty_fifth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind35/test")!);
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=0.989 R=0.910 pairs F1=0.979
        // in-sample after the round people18 (main at f0664fa): P=0.989 R=0.930 pairs F1=0.979
        ClearsFloors(result, precision: 0.989, recall: 0.929, spans: 0.995, pairs: 0.978);
    }

    // The thirty-sixth blind set (tests/gold/blind36/README.md), run once with the thirty-fifth: persons P=0.911 R=0.891
    // (82 of 90 predicted, 92 gold), quote spans F1=0.996, pairs P=0.959 R=0.952 F1=0.955 (118 of 123 predicted, 124
    // gold). Floors there.
    [FolderFact(null, "tests/gold/blind36/test")]
    public void BlindSet_thirty_sixth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind36/test")!);
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.913 pairs F1=0.964
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.924 pairs F1=0.964
        ClearsFloors(result, precision: 1.0, recall: 0.923, spans: 0.995, pairs: 0.963);
    }

    // The thirty-seventh blind set (tests/gold/blind37/README.md), run once with the rules of 38d1ec8 (after people14):
    // persons P=1.000 R=0.793 (73 of 73 predicted, 92 gold), quote spans F1=1.000, pairs P=0.907 R=0.907 F1=0.907 (107 of
    // 118 predicted, 118 gold). Floors there.
    [FolderFact(null, "tests/gold/blind37/test")]
    public void BlindSet_thirty_seventh_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind37/test")!);
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.848 pairs F1=0.949
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.859 pairs F1=0.949
        ClearsFloors(result, precision: 1.0, recall: 0.858, spans: 1.0, pairs: 0.949);
    }

    // The thirty-eighth blind set (tests/gold/blind38/README.md), run once with the thirty-seventh: persons P=0.964 R=0.890
    // (81 of 84 predicted, 91 gold), quote spans F1=0.983, pairs P=0.940 R=0.908 F1=0.924 (109 of 116 predicted, 120
    // gold). Floors there.
    [FolderFact(null, "tests/gold/blind38/test")]
    public void BlindSet_thirty_eighth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind38/test")!);
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.901 pairs F1=0.937
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.912 pairs F1=0.937
        ClearsFloors(result, precision: 1.0, recall: 0.912, spans: 0.983, pairs: 0.936);
    }

    // The thirty-ninth blind set (tests/gold/blind39/README.md), run once with the rules of 5235958 (after people15 and
    // quotes7): persons P=0.988 R=0.845 (82 of 83 predicted, 97 gold), quote spans F1=0.991, pairs P=0.940 R=0.924
    // F1=0.932 (109 of 116 predicted, 118 gold). Floors there.
    [FolderFact(null, "tests/gold/blind39/test")]
    public void BlindSet_thirty_ninth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind39/test")!);
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.876 pairs F1=0.940
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.897 pairs F1=0.949
        ClearsFloors(result, precision: 1.0, recall: 0.896, spans: 0.991, pairs: 0.948);
    }

    // The fortieth blind set (tests/gold/blind40/README.md), run once with the thirty-ninth: persons P=0.893 R=0.824 (75
    // of 84 predicted, 91 gold), quote spans F1=0.970, pairs P=0.880 R=0.904 F1=0.892 (103 of 117 predicted, 114 gold).
    // Floors there.
    [FolderFact(null, "tests/gold/blind40/test")]
    public void BlindSet_fortieth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind40/test")!);
        // in-sample after the rounds people14, people15, quotes7 and people16 (main at e2bb896): P=1.000 R=0.857 pairs F1=0.909
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.868 pairs F1=0.909
        ClearsFloors(result, precision: 1.0, recall: 0.868, spans: 0.969, pairs: 0.909);
    }

    // The forty-first blind set (tests/gold/blind41/README.md), run once with the session's final rules of e2bb896 (after
    // people16): persons P=0.942 R=0.880 (81 of 86 predicted, 92 gold), quote spans F1=0.996, pairs P=0.950 R=0.943
    // F1=0.947 (115 of 121 predicted, 122 gold). Floors there.
    [FolderFact(null, "tests/gold/blind41/test")]
    public void BlindSet_forty_first_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind41/test")!);
        // in-sample after the round people17 (main at 6aec56f): P=0.988 R=0.880 pairs F1=0.947
        // in-sample after the round people18 (main at f0664fa): P=0.988 R=0.902 pairs F1=0.947
        ClearsFloors(result, precision: 0.988, recall: 0.902, spans: 0.995, pairs: 0.946);
    }

    // The forty-second blind set (tests/gold/blind42/README.md), run once with the forty-first: persons P=0.921 R=0.891
    // (82 of 89 predicted, 92 gold), quote spans F1=0.996, pairs P=0.908 R=0.900 F1=0.904 (108 of 119 predicted, 120
    // gold). Floors there.
    [FolderFact(null, "tests/gold/blind42/test")]
    public void BlindSet_forty_second_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind42/test")!);
        // in-sample after the round people17 (main at 6aec56f): P=0.988 R=0.891 pairs F1=0.912
        // in-sample after the round people18 (main at f0664fa): P=0.989 R=0.946 pairs F1=0.929
        ClearsFloors(result, precision: 0.988, recall: 0.945, spans: 0.995, pairs: 0.928);
    }

    // The forty-third blind set (tests/gold/blind43/README.md), run once with the session's final rules (e2bb896; main at
    // 75c01af, byte-identical in output): persons P=0.977 R=0.935 (86 of 88 predicted, 92 gold), quote spans F1=0.992,
    // pairs P=0.976 R=0.992 F1=0.984 (123 of 126 predicted, 124 gold). Floors there.
    [FolderFact(null, "tests/gold/blind43/test")]
    public void BlindSet_forty_third_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind43/test")!);
        // in-sample after the round people17 (main at 6aec56f): P=1.000 R=0.935 pairs F1=0.984
        ClearsFloors(result, precision: 1.0, recall: 0.934, spans: 0.991, pairs: 0.983);
    }

    // The forty-fourth blind set (tests/gold/blind44/README.md), run once with the forty-third: persons P=0.966 R=0.914 (85
    // of 88 predicted, 93 gold), quote spans F1=1.000, pairs P=0.961 R=0.961 F1=0.961 (123 of 128 predicted, 128 gold).
    // Floors there.
    [FolderFact(null, "tests/gold/blind44/test")]
    public void BlindSet_forty_fourth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind44/test")!);
        // in-sample after the round people17 (main at 6aec56f): P=0.989 R=0.925 pairs F1=0.969
        // in-sample after the round people18 (main at f0664fa): P=0.989 R=0.946 pairs F1=0.969
        ClearsFloors(result, precision: 0.988, recall: 0.946, spans: 1.0, pairs: 0.968);
    }

    // The forty-fifth, forty-sixth and forty-seventh blind sets (tests/gold/blind45/README.md …), run once at the final
    // rules named before the run (6aec56f, after people17; main at ea886b3; tests/gold/PREREGISTERED-session9.md).
    // blind45: persons P=0.988 R=0.876 (85 of 86 predicted, 97 gold), quote spans F1=0.992, pairs F1=0.907 (117 of 129, 129).
    [FolderFact(null, "tests/gold/blind45/test")]
    public void BlindSet_forty_fifth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind45/test")!);
        // in-sample after the round people18 (main at f0664fa): P=0.989 R=0.887 pairs F1=0.922
        ClearsFloors(result, precision: 0.988, recall: 0.886, spans: 0.991, pairs: 0.922);
    }

    // blind46: persons P=1.000 R=0.842 (85 of 85 predicted, 101 gold), quote spans F1=0.996, pairs P=0.969 R=0.962 F1=0.966
    // (126 of 130 predicted, 131 gold). Recall misses the goal by one mention.
    [FolderFact(null, "tests/gold/blind46/test")]
    public void BlindSet_forty_sixth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind46/test")!);
        // in-sample after the round people18 (main at f0664fa): P=1.000 R=0.881 pairs F1=0.966
        ClearsFloors(result, precision: 1.0, recall: 0.881, spans: 0.995, pairs: 0.965);
    }

    // blind47: persons P=0.966 R=0.896 (86 of 89 predicted, 96 gold), quote spans F1=0.996, pairs P=0.932 R=0.925 F1=0.929
    // (124 of 133 predicted, 134 gold).
    [FolderFact(null, "tests/gold/blind47/test")]
    public void BlindSet_forty_seventh_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind47/test")!);
        // in-sample after the round people18 (main at f0664fa): P=0.967 R=0.917 pairs F1=0.929
        ClearsFloors(result, precision: 0.967, recall: 0.916, spans: 0.995, pairs: 0.928);
    }

    // The forty-eighth, forty-ninth and fiftieth blind sets (tests/gold/blind48/README.md …), run once at the final
    // rules named before the run (f0664fa, after people18; main at 20bbde6; tests/gold/PREREGISTERED-session10.md).
    // Floors at those first runs.
    // blind48: persons P=0.977 R=0.876 (85 of 87 predicted, 97 gold), quote spans F1=0.993, pairs P=0.948 R=0.934 F1=0.941
    // (127 of 134 predicted, 136 gold).
    [FolderFact(null, "tests/gold/blind48/test")]
    public void BlindSet_forty_eighth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind48/test")!);
        ClearsFloors(result, precision: 0.977, recall: 0.876, spans: 0.992, pairs: 0.94);
    }

    // blind49: persons P=1.000 R=0.897 (87 of 87 predicted, 97 gold), quote spans F1=0.993, pairs P=0.970 R=0.956 F1=0.963
    // (130 of 134 predicted, 136 gold).
    [FolderFact(null, "tests/gold/blind49/test")]
    public void BlindSet_forty_ninth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind49/test")!);
        ClearsFloors(result, precision: 1.0, recall: 0.896, spans: 0.992, pairs: 0.962);
    }

    // blind50: persons P=0.976 R=0.872 (82 of 84 predicted, 94 gold), quote spans F1=0.993, pairs P=0.891 R=0.879 F1=0.885
    // (123 of 138 predicted, 140 gold).
    [FolderFact(null, "tests/gold/blind50/test")]
    public void BlindSet_fiftieth_prints_its_figures_and_clears_its_floors()
    {
        var result = Run(FolderFactAttribute.FolderFor(null, "tests/gold/blind50/test")!);
        ClearsFloors(result, precision: 0.976, recall: 0.872, spans: 0.992, pairs: 0.884);
    }

    // Own development texts (tests/gold/extra/README-people.md). Floors at the figures measured on 2026-12-01 after
    // tuning on them (in-sample): people P=1.000 R=1.000, pairs F1=0.984 (30 of 31); people-2 all 1.000. Their first
    // runs, before tuning, were persons R=0.652 / pairs F1=0.623 (people), R=0.833 / 0.846 (people-2), R=0.706 / 0.900 (people-3).
    [Theory]
    [InlineData("people", 1.0, 1.0, 0.98)]
    [InlineData("people-2", 1.0, 1.0, 1.0)]
    [InlineData("people-3", 1.0, 1.0, 1.0)]
    public void BlindSet_format_on_the_own_development_texts_clears_its_floors(string folder, double personPrecision, double personRecall, double pairF1)
    {
        var result = Run(Path.Combine(Kit.Files.KitPaths.Root, "tests", "gold", "extra", folder));
        Assert.True(result.Persons.Precision >= personPrecision, result.Persons.ToString());
        Assert.True(result.Persons.Recall >= personRecall, result.Persons.ToString());
        Assert.True(result.Pairs.F1 >= pairF1, result.Pairs.ToString());
    }
}
