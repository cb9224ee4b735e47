using Kit.Text;

namespace Kit.Quotes;

/// <summary>
/// Who said it: the speaker phrase as written (title and name, an unnamed source, an institution) and its span in the original text, the actor it names (or null),
/// whether it was resolved from a pronoun or an implicit subject (then the span is the antecedent's), the sieve
/// that decided and why.
/// </summary>
public sealed record QuoteSpeaker(string Text, int Start, int End, string? Actor, bool Resolved, string Sieve, string Reason)
{
    public TextSpan Span => new(Start, End);

    /// <summary>The name inside the speaker phrase (مارتن غريفيث in المبعوث الأممي مارتن غريفيث), or -1 when it holds no name.</summary>
    public int NameStart { get; init; } = -1;

    public int NameEnd { get; init; } = -1;

    /// <summary>The role phrase this speaker is, when it names an office (الرئيس الأمريكي), resolved to a person or not.</summary>
    public bool IsRole { get; init; }

    public override string ToString() => $"{Text} {Start}-{End}{(Actor is null ? "" : " → " + Actor)}{(Resolved ? " (resolved)" : "")}";
}
