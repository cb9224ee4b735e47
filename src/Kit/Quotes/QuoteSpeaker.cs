using Kit.Text;

namespace Kit.Quotes;

/// <summary>
/// Who said it: the speaker phrase as written and its span in the original text, the actor it names (or null),
/// whether it was resolved from a pronoun or an implicit subject (then the span is the antecedent's), the sieve
/// that decided and why.
/// </summary>
public sealed record QuoteSpeaker(string Text, int Start, int End, string? Actor, bool Resolved, string Sieve, string Reason)
{
    public TextSpan Span => new(Start, End);

    public override string ToString() => $"{Text} {Start}-{End}{(Actor is null ? "" : " → " + Actor)}{(Resolved ? " (resolved)" : "")}";
}
