using Kit.Text;

namespace Kit.Actors.Discovery;

/// <summary>
/// A person's name found after a title (وزير الخارجية التركي مولود جاويش أوغلو): the name and title as written, the
/// name's span in the original text, the sentence as evidence, and the gazetteer actor if the name is already known.
/// </summary>
public sealed record NameCandidate(
    string Document,
    string Name,
    string Title,
    int Start,
    int End,
    string Sentence,
    string? KnownActor)
{
    public TextSpan Span => new(Start, End);

    public bool IsNew => KnownActor is null;

    public override string ToString() => $"{Document} {Start}-{End} {Title} → {Name}{(IsNew ? " (new)" : $" = {KnownActor}")}";
}
