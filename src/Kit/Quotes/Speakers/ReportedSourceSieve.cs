using Kit.Lexicon;

namespace Kit.Quotes.Speakers;

/// <summary>"نقلت وكالة رويترز عن أردوغان قوله": the one after عن said it; the agency only passed it on.</summary>
internal sealed class ReportedSourceSieve : ISpeakerSieve
{
    public string Name => "reported-source";

    public string Description => "«نقل X عن Y» or «… نقلا عن Y»: Y is the speaker; X only passed the words on.";

    // How far after the verb "نقلا عن" may stand (أفادت صحيفة نيويورك تايمز، نقلا عن …).
    private const int CitingWindow = 8;

    public SpeakerDecision? Decide(SieveContext c)
    {
        if (!c.Cue.Form.Has(VerbForm.SourceAfterAn)) return Citing(c);
        for (int k = c.AfterVerb; k < c.AfterVerb + 8 && c.SameSentence(k); k++)
        {
            if (c.Text.InsideMarks(c.Text.Words[k].Start)) continue; // محطة "سي إن إن": a name, not a complementizer
            if (c.Cues.Complementizers.MatchAt(c.Text, k) > 0) return null;
            if (c.Text.Norm[k] != "عن" || !c.SameSentence(k + 1) || !c.Text.BlankGap(k + 1)) continue;
            if (c.Reader.Read(c.Text, k + 1, allowConjunction: false) is not { } phrase) return null;
            var speaker = phrase.ToSpeaker(Name,
                $"«{c.Cue.Verb} … عن {phrase.Text}»: the one after عن said it; {phrase.How}");
            return new SpeakerDecision(speaker, phrase.EndWord, phrase.Hint, false);
        }
        return null;
    }

    // "أفادت صحيفة …، نقلا عن مسؤولين في الإدارة الأمريكية، بأن …": the cited source is the speaker.
    private SpeakerDecision? Citing(SieveContext c)
    {
        var t = c.Text;
        if (!CitesInWindow(c)) return null; // most verbs have no نقلا عن after them: the complementizers are not asked about then
        for (int k = c.AfterVerb; k < c.AfterVerb + CitingWindow && c.SameSentence(k); k++)
        {
            if (c.Cues.Complementizers.MatchAt(t, k) > 0 && t.NameMentionAt[k] is null) return null;
            int length = c.Cues.Citing.MatchAt(t, k);
            if (length == 0 || !c.SameSentence(k + length)) continue;
            if (c.Reader.Read(t, k + length, allowConjunction: false) is not { } phrase) return null;
            var speaker = phrase.ToSpeaker(Name,
                $"«{c.Cue.Verb} … {t.WordsText(k, length)} {phrase.Text}»: the report cites its source, who is the speaker; {phrase.How}");
            return new SpeakerDecision(speaker, phrase.EndWord, phrase.Hint, false);
        }
        return null;
    }

    // Whether a citing phrase starts anywhere in the window Citing reads (it decides nothing without one).
    private static bool CitesInWindow(SieveContext c)
    {
        if (!c.Cues.Citing.MayOccurIn(c.Text)) return false; // most articles write no نقلا عن at all
        for (int k = c.AfterVerb; k < c.AfterVerb + CitingWindow && c.SameSentence(k); k++)
            if (c.Cues.Citing.MatchAt(c.Text, k) > 0) return true;
        return false;
    }
}
