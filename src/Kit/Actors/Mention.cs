using Kit.Text;

namespace Kit.Actors;

/// <summary>
/// An actor mentioned in a document: Surface is the name as written (without attached proclitics), Start/End its
/// UTF-16 span in the original text, Sentence the index of the sentence it stands in. Origin says whether the
/// gazetteer knew the name or the kit discovered the person in the text, and Evidence which rule found it and why.
/// </summary>
public sealed record Mention(string Document, string Actor, string Type, string Surface, int Start, int End, int Sentence, MentionKind Kind)
{
    public TextSpan Span => new(Start, End);

    /// <summary><see cref="MentionOrigin.Gazetteer"/> or <see cref="MentionOrigin.Discovered"/>.</summary>
    public string Origin { get; init; } = MentionOrigin.Gazetteer;

    /// <summary>The rule that found the mention (an alias of actors.json, a title, a given name, the surname of a full name …), in words.</summary>
    public string Evidence { get; init; } = "an alias in actors.json";

    public bool IsDiscovered => Origin == MentionOrigin.Discovered;

    public override string ToString() => $"{Document} {Start}-{End} {Surface} → {Actor}{(IsDiscovered ? $" (discovered: {Evidence})" : "")}";
}
