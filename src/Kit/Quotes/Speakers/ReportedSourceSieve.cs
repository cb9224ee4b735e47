namespace Kit.Quotes.Speakers;

/// <summary>"نقلت وكالة رويترز عن أردوغان قوله": the one after عن said it; the agency only passed it on.</summary>
internal sealed class ReportedSourceSieve : ISpeakerSieve
{
    public string Name => "reported-source";

    public string Description => "«نقل X عن Y»: Y, after عن, is the speaker; X only passed the words on.";

    public SpeakerDecision? Decide(SieveContext c)
    {
        if (!c.Cue.Form.Has(VerbForm.SourceAfterAn)) return null;
        for (int k = c.AfterVerb; k < c.AfterVerb + 8 && c.SameSentence(k); k++)
        {
            if (c.Text.InsideMarks(c.Text.Words[k].Start)) continue; // محطة "سي إن إن": a name, not a complementizer
            if (c.Cues.Complementizers.MatchAt(c.Text.Norm, k) > 0) return null;
            if (c.Text.Norm[k] != "عن" || !c.SameSentence(k + 1) || !c.Text.BlankGap(k + 1)) continue;
            if (c.Reader.Read(c.Text, k + 1, allowConjunction: false) is not { } phrase) return null;
            var speaker = new QuoteSpeaker(phrase.Text, phrase.Start, phrase.End, phrase.Actor, false, Name,
                $"«{c.Cue.Verb} … عن {phrase.Text}»: the one after عن said it; {phrase.How}");
            return new SpeakerDecision(speaker, phrase.EndWord, phrase.Hint, false);
        }
        return null;
    }
}
