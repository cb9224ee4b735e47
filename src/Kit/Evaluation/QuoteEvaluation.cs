using Kit.Quotes;

namespace Kit.Evaluation;

/// <summary>
/// An extractor's scores against gold quotes, with what went wrong: gold quotes no system quote overlaps (Missed),
/// system quotes that overlap no gold quote (Spurious), quotes found with the wrong speaker, and quotes found with a
/// different span. KindRight, VerbRight and ResolvedRight count agreements among the exact-span matches.
/// </summary>
public sealed record QuoteEvaluation(
    Scores SpansExact,
    Scores SpansOverlap,
    Scores PairsExact,
    Scores PairsOverlap,
    int KindRight,
    int VerbRight,
    int ResolvedRight,
    int ExactMatches,
    IReadOnlyList<Quote> Missed,
    IReadOnlyList<Quote> Spurious,
    IReadOnlyList<(Quote Gold, Quote System)> WrongSpeaker,
    IReadOnlyList<(Quote Gold, Quote System)> OtherSpan)
{
    public IReadOnlyList<Scores> All => [SpansExact, SpansOverlap, PairsExact, PairsOverlap];

    public override string ToString() =>
        string.Join("\n", All.Select(s => s.ToString())) +
        $"\namong {ExactMatches} exact spans: kind right {KindRight}, verb right {VerbRight}, resolved flag right {ResolvedRight}";
}
