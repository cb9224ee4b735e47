using System.Runtime.InteropServices;
using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Lexicon;

namespace Kit.Quotes.Speakers;

/// <summary>
/// The agreement of each speaker of one document, read once (<see cref="AgreementReader.OfSpeaker"/>): a pronoun looks
/// back over the same earlier speakers for every verb, and each reading normalizes and splits the speaker's text.
/// Keyed by the speaker object itself (a speaker is immutable; a changed one is a new object). Not thread-safe: one per document.
/// </summary>
internal sealed class SpeakerAgreements
{
    private readonly Dictionary<QuoteSpeaker, Agreement> _known = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Mention, Agreement> _named = new(ReferenceEqualityComparer.Instance);
    private Gazetteer? _gazetteer;
    private NameLexicon? _names;
    private SpeakerTitles? _titles;

    public Agreement Of(QuoteSpeaker? speaker, Gazetteer gazetteer, NameLexicon names, SpeakerTitles titles)
    {
        if (speaker is null || speaker.Start < 0) return Agreement.Unknown;
        if (!Remembers(gazetteer, names, titles)) return AgreementReader.OfSpeaker(speaker, gazetteer, names, titles);
        // One lookup that adds the entry when missing, not a search and then an insert.
        ref var agreement = ref CollectionsMarshal.GetValueRefOrAddDefault(_known, speaker, out bool known);
        if (!known) agreement = AgreementReader.OfSpeaker(speaker, gazetteer, names, titles);
        return agreement;
    }

    /// <summary>
    /// The same for a speaker made from a name mention (its surface and span, nothing else): remembered by the mention,
    /// since each rule that looks back at a name makes a new speaker of it.
    /// </summary>
    public Agreement OfName(Mention name, QuoteSpeaker speaker, Gazetteer gazetteer, NameLexicon names, SpeakerTitles titles)
    {
        if (speaker.Start < 0 || !Remembers(gazetteer, names, titles)) return AgreementReader.OfSpeaker(speaker, gazetteer, names, titles);
        ref var agreement = ref CollectionsMarshal.GetValueRefOrAddDefault(_named, name, out bool known);
        if (!known) agreement = AgreementReader.OfSpeaker(speaker, gazetteer, names, titles);
        return agreement;
    }

    // The word lists of the first reading are the ones remembered with (every rule of one extractor passes the same).
    private bool Remembers(Gazetteer gazetteer, NameLexicon names, SpeakerTitles titles)
    {
        _gazetteer ??= gazetteer;
        _names ??= names;
        _titles ??= titles;
        return ReferenceEquals(gazetteer, _gazetteer) && ReferenceEquals(names, _names) && ReferenceEquals(titles, _titles);
    }
}
