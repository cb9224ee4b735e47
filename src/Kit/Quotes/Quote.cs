using Kit.Text;

namespace Kit.Quotes;

/// <summary>
/// Who said what: one quote of a document. Start/End are the UTF-16 span of the quote's text in the original
/// document; Verb is the reporting verb as written (without و/ف/ب). Delimiter says how the text was found and
/// Speaker how the speaker was, so a notebook can explain every decision.
/// </summary>
[Kit.Display.TypeFormatterSource(typeof(QuoteFormatters))]
public sealed record Quote(
    string Document,
    QuoteKind Kind,
    string Text,
    int Start,
    int End,
    string Verb,
    QuoteSpeaker? Speaker,
    string Delimiter = "")
{
    public TextSpan Span => new(Start, End);

    /// <summary>UTF-16 offset of the reporting verb in the original text (-1 when unknown, as in gold data).</summary>
    public int VerbStart { get; init; } = -1;

    /// <summary>
    /// The mentions the document's analysis found inside the quote's span (every kind, in text order): what "who is
    /// quoted on whom" reads. Null for a quote made otherwise (by hand, from gold data).
    /// </summary>
    public IReadOnlyList<Actors.Mention>? Mentions { get; init; }

    /// <summary>The speaker as written, or null when no rule found one.</summary>
    public string? SpeakerText => Speaker?.Text;

    /// <summary>The speaker's actor id from the gazetteer, or null (unnamed source, or no speaker).</summary>
    public string? Actor => Speaker?.Actor;

    public bool Resolved => Speaker?.Resolved ?? false;

    /// <summary>Why the speaker is who it is, or why there is none.</summary>
    public string SpeakerReason { get; init; } = "";

    /// <summary>One sentence on how this quote was found and attributed.</summary>
    public string Explain() =>
        $"{Kind.ToString().ToLowerInvariant()} quote found by {Delimiter} after «{Verb}»; " +
        (Speaker is null ? $"no speaker: {(SpeakerReason.Length > 0 ? SpeakerReason : "no rule found one")}."
            : $"speaker «{Speaker.Text}»{(Speaker.Actor is null ? "" : $" ({Speaker.Actor})")}: {Speaker.Reason}.");

    public override string ToString() =>
        $"{Document} {Start}-{End} [{Kind.ToString().ToLowerInvariant()}] {Speaker?.Text ?? "?"} {Verb}: {Text}";
}
