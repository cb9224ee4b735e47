using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Corpus;
using Kit.Lexicon;
using Kit.Quotes.Speakers;

namespace Kit.Quotes;

/// <summary>
/// Who said what. For each reporting verb of a document (Data/reporting-verbs.txt), in order: skip it when it stands
/// inside a quote (a quote's own reporting verbs are part of it) or after a negation; ask the speaker sieves in turn
/// who speaks; then find the text it introduces (<see cref="ContentFinder"/>). Each quote records how its text was
/// delimited and which sieve named its speaker, and why. A speaker no rule finds stays null rather than guessed.
/// </summary>
public sealed class QuoteExtractor
{
    private readonly MentionFinder _mentions;
    private readonly ReportingVerbs _verbs;
    private readonly QuoteCues _cues;
    private readonly SpeakerPhraseReader _reader;
    private readonly ContentFinder _content;
    private readonly ISpeakerSieve[] _finiteSieves;
    private readonly ISpeakerSieve[] _nonFiniteSieves;
    private readonly DescriptionResolver _descriptions;

    // The word forms each thread has met, decided once (WordForms is not thread-safe: one per thread).
    private readonly ThreadLocal<WordForms> _forms;

    // The arrays each thread describes its current document's words in (one document at a time per thread).
    private readonly ThreadLocal<WordBuffers> _buffers = new(() => new WordBuffers());

    public QuoteExtractor(MentionFinder? mentions = null, ReportingVerbs? verbs = null, SpeakerTitles? titles = null, QuoteCues? cues = null)
    {
        _mentions = mentions ?? MentionFinder.Default;
        _verbs = verbs ?? ReportingVerbs.Default;
        _cues = cues ?? QuoteCues.Default;
        titles ??= _mentions.People.SpeakerTitles; // the titles the finder reads names after, the bundled ones unless configured
        _reader = new SpeakerPhraseReader(titles, _cues, new RoleIndex(_mentions.Gazetteer), _mentions.People.Lexicon);
        var verbsForForms = _verbs;
        var readerForForms = _reader;
        _forms = new ThreadLocal<WordForms>(() => new WordForms(verbsForForms, readerForForms));
        _content = new ContentFinder(_cues, titles, _mentions.People.Lexicon);
        var source = new ReportedSourceSieve();
        var shared = new SharedVerbSieve();
        var pronoun = new PronounSubjectSieve(_mentions.Gazetteer, _mentions.People.Lexicon, titles);
        // A finite verb may have its own subject, after it or before it; a participle or a verbal noun never does.
        _finiteSieves = [source, new SubjectAfterVerbSieve(), new SubjectBeforeVerbSieve(), shared, new UnknownSubjectSieve(), pronoun];
        _nonFiniteSieves = [source, shared, pronoun];
        _descriptions = new DescriptionResolver(_cues, _mentions.Gazetteer, _mentions.People.Lexicon, titles);
    }

    public static QuoteExtractor Default => DefaultLazy.Value;

    private static readonly Lazy<QuoteExtractor> DefaultLazy = new(() => new QuoteExtractor());

    /// <summary>The speaker sieves in the order they are asked (finite verbs; participles and verbal nouns skip the two subject sieves).</summary>
    public IReadOnlyList<(string Name, string Description)> Sieves => _finiteSieves.Select(s => (s.Name, s.Description)).ToList();

    public ReportingVerbs Verbs => _verbs;

    /// <summary>The finder whose mentions name the speakers.</summary>
    public MentionFinder Finder => _mentions;

    /// <summary>The quotes of a document, found in its cleaned text (offsets are the original's).</summary>
    public IReadOnlyList<Quote> Extract(Document document) => Extract(document.Id, document.AnalysisText, null, document.KnownDate);

    /// <summary>
    /// The same, with the document's mentions already found by this extractor's finder (a pipeline that found them
    /// for other reasons need not find them twice).
    /// </summary>
    public IReadOnlyList<Quote> Extract(Document document, IReadOnlyList<Mention> mentions) => Extract(document.Id, document.AnalysisText, mentions, document.KnownDate);

    public IReadOnlyList<Quote> Extract(IEnumerable<Document> documents) => documents.SelectMany(Extract).ToList();

    /// <summary>The quotes of a document whose layers and mentions (by this extractor's finder) are made.</summary>
    internal IReadOnlyList<Quote> Extract(Layers.TextLayers layers, IReadOnlyList<Mention> mentions) =>
        Extract(new QuoteText(layers, mentions, _forms.Value!, _buffers.Value!)); // its date is the document's, read when first needed

    /// <summary>The quotes of a text; its date (for roles) is its dateline's, if any.</summary>
    public IReadOnlyList<Quote> Extract(string documentId, string text) => Extract(documentId, text, null, Dateline.Find(text));

    /// <summary>The quotes of a text written on a known date (roles such as «الرئيس الأمريكي» name the holder of the office then).</summary>
    public IReadOnlyList<Quote> Extract(string documentId, string text, DateOnly? date) => Extract(documentId, text, null, date);

    private IReadOnlyList<Quote> Extract(string documentId, string text, IReadOnlyList<Mention>? mentions, DateOnly? date)
    {
        return Extract(new QuoteText(documentId, text, mentions ?? _mentions.Find(documentId, text), _forms.Value!, _buffers.Value!) { Date = date });
    }

    private IReadOnlyList<Quote> Extract(QuoteText t)
    {
        string text = t.Text;
        _reader.FindRoleHolders(t);
        CueFinder.Find(t, _cues);
        t.DropCuesInsidePersonNames(); // فريدريك ويري: يري inside a name is no verb
        var quotes = new FoundQuotes();
        var history = new List<Said>();
        var unnamed = new UnnamedSources(history);
        int coveredUntil = -1, firstCue = 0;
        for (int sentence = 0; sentence < t.Sentences.Count; sentence++)
        {
            if (quotes.Count > 0 && Continues(t, quotes[^1], sentence) && _content.Continuation(t, sentence) is { } more)
            {
                var last = quotes[^1];
                // Words after a colon with no marks (قالت: نحن لا نخاف. جئنا …) run on as one quote through the first-person sentences.
                if (last.Kind == QuoteKind.Direct && last.Delimiter == ContentFinder.ColonDelimiter)
                    quotes.ReplaceLast(last with { Text = text[last.Start..more.End], End = more.End, Mentions = t.MentionsInside(last.Start, more.End) });
                else AddContinuation(t, quotes, history, last, more);
                coveredUntil = more.End;
            }
            // The cues are in word order: this sentence's first is found by walking on from the last sentence's, not by a search.
            while (firstCue < t.Cues.Count && t.Cues[firstCue].Sentence < sentence) firstCue++;
            for (int c = firstCue; c < t.Cues.Count && t.Cues[c].Sentence == sentence; c++)
            {
                var cue = t.Cues[c];
                // A verb inside quotation marks, or inside a clause already quoted, belongs to the quoted speech.
                if (cue.InsideMarks || cue.Negated || cue.VerbStart < coveredUntil || Impersonal(t, cue)) continue;
                var context = new SieveContext(t, cue, history, quotes, _reader, _cues);
                var decision = FirstDecision(cue.Form.IsFinite ? _finiteSieves : _nonFiniteSieves, context);
                if (decision is { Blocked: true }) continue;
                // A decision may name no one (an unknown subject): the speaker then stays empty.
                var speaker = decision?.Speaker is { Start: >= 0 } s
                    ? _descriptions.Resolve(t, ResolveTitle(t, s, decision.Hint, history, unnamed, _mentions.Gazetteer, _mentions.People.Lexicon, _reader.Titles), quotes) : null;
                var content = cue.Form.Has(VerbForm.Lead) ? null
                    : _content.Find(t, cue, decision?.WindowStart ?? cue.Word + 1, speaker?.Actor);
                // A quotation before the verb may already be a quote of its own.
                if (content is not null && quotes.Overlap(content.Start, content.End)) content = null;
                // Remembered even when unnamed, so a later pronoun does not skip back past an unknown speaker.
                if (decision is not null) history.Add(new Said(cue, speaker, content is not null));
                if (content is null) continue;
                quotes.Add(new Quote(t.Id, content.Kind, text[content.Start..content.End], content.Start, content.End, cue.Verb, speaker, content.Delimiter)
                {
                    VerbStart = cue.VerbStart,
                    Mentions = t.MentionsInside(content.Start, content.End),
                    SpeakerReason = speaker?.Reason ?? decision?.Speaker?.Reason ?? "no rule found one, and none is guessed",
                });
                coveredUntil = Math.Max(coveredUntil, content.End);
            }
        }
        return quotes.ToList();
    }

    // ويتوقع أن ينتهي العمل …: a present verb of [impersonal] opening its sentence, with أن right after it, names no speaker
    // and says what is expected: no quote.
    private bool Impersonal(QuoteText t, ReportingCue cue) =>
        cue.Word == t.FirstWordOf(cue.Sentence) && cue.Word + 1 < t.Words.Length && t.BlankGap(cue.Word + 1)
        && _cues.Impersonal.MatchAt(t, cue.Word, true) == 1 && _cues.Complementizers.MatchAt(t, cue.Word + 1) > 0;

    // A first-person sentence after a quote is more of it, by the same speaker: a quote of its own.
    private static void AddContinuation(QuoteText t, FoundQuotes quotes, List<Said> history, Quote last, QuoteContent more)
    {
        string text = t.Text;
        var speaker = last.Speaker is null ? null : last.Speaker with
        {
            Resolved = true,
            Sieve = "continuation",
            Reason = $"the sentence goes on in the first person after a quote of «{last.Speaker.Text}»",
        };
        quotes.Add(new Quote(t.Id, more.Kind, text[more.Start..more.End], more.Start, more.End, last.Verb, speaker, more.Delimiter)
        {
            VerbStart = last.VerbStart,
            Mentions = t.MentionsInside(more.Start, more.End),
            SpeakerReason = speaker?.Reason ?? last.SpeakerReason,
        });
        if (speaker is not null && LastSaidAt(history, last.VerbStart) is { } said)
            history.Add(new Said(said.Cue, speaker, true));
    }

    // The sieves are asked in turn; the first that decides wins.
    private static SpeakerDecision? FirstDecision(ISpeakerSieve[] sieves, SieveContext context)
    {
        foreach (var sieve in sieves)
            if (sieve.Decide(context) is { } decision) return decision;
        return null;
    }

    // The latest speaker with an actor who agrees (a loop from the end, each speaker's agreement read once per document).
    private static Said? LatestNamedAgreeing(QuoteText t, IReadOnlyList<Said> history, Agreement agreement, Gazetteer gazetteer, NameLexicon names, SpeakerTitles titles)
    {
        for (int k = history.Count - 1; k >= 0; k--)
            if (history[k].Speaker?.Actor is not null && AgreementReader.Agree(agreement, t.Agreements.Of(history[k].Speaker, gazetteer, names, titles)))
                return history[k];
        return null;
    }

    private static Said? LastSaidAt(List<Said> history, int verbStart)
    {
        for (int k = history.Count - 1; k >= 0; k--)
            if (history[k].Cue.VerbStart == verbStart) return history[k];
        return null;
    }

    // The last quote ran to the end of the sentence before this one.
    private static bool Continues(QuoteText t, Quote last, int sentence) =>
        sentence > 0 && last.End > t.Sentences[sentence - 1].Start && last.End >= TrimmedEnd(t, sentence - 1);

    private static int TrimmedEnd(QuoteText t, int sentence)
    {
        int end = t.Sentences[sentence].End;
        while (end > 0 && (char.IsWhiteSpace(t.Text[end - 1]) || t.Text[end - 1] is '.' or '"' or '”' or '»' or '“')) end--;
        return end;
    }

    // A lone definite title points back: وأضاف المتحدث → the previous speaker; وذكرت الصحيفة → the paper named last.
    // وأضاف المصدر after «قال مصدر في غرفة التجارة»: a lone definite noun points back to the latest unnamed speaker written with
    // the same noun without ال, and takes its span (no actor), before any named speaker.
    private static QuoteSpeaker? SameUnnamedSource(QuoteSpeaker speaker, UnnamedSources unnamed)
    {
        var n = Kit.Normalization.ArabicNormalizer.Aggressive;
        // One word between spaces (as Split(' ', RemoveEmptyEntries) would find it), without splitting.
        string word = n.Apply(speaker.Text).Trim(' ');
        if (word.Length == 0 || word.Contains(' ') || !word.StartsWith("ال", StringComparison.Ordinal) || word.Length < 5) return null;
        return unnamed.Latest(word[2..], speaker.Start) is { } earlier
            ? earlier with { Resolved = true, Sieve = speaker.Sieve, Reason = $"{speaker.Reason}; «{speaker.Text}» points back to «{earlier.Text}», the unnamed source written with the same noun" }
            : null;
    }

    private static QuoteSpeaker ResolveTitle(QuoteText t, QuoteSpeaker speaker, string? hint, IReadOnlyList<Said> history, UnnamedSources unnamed, Gazetteer gazetteer, NameLexicon names, SpeakerTitles titles)
    {
        if (speaker.Actor is not null || hint is null) return speaker;
        if (SameUnnamedSource(speaker, unnamed) is { } source) return source;
        string? actor = null;
        string because = "";
        // المتحدثة points back to a woman; البيان or المتحدث may point back to anyone.
        var agreement = t.Agreements.Of(speaker, gazetteer, names, titles) == Agreement.Feminine ? Agreement.Feminine : Agreement.Unknown;
        if (hint == SpeakerTitles.HintSpeaker && LatestNamedAgreeing(t, history, agreement, gazetteer, names, titles) is { Speaker: { } previous })
        {
            actor = previous.Actor;
            because = $"«{speaker.Text}» points back to the previous speaker, «{previous.Text}»";
        }
        else if (hint is SpeakerTitles.HintMedia or SpeakerTitles.HintOrganization)
        {
            string type = hint == SpeakerTitles.HintMedia ? ActorType.Media : ActorType.Organization;
            if (t.LastNameMentionBefore(speaker.Start, type) is { } named)
            {
                actor = named.Actor;
                because = $"«{speaker.Text}» points back to the {type} named last, «{named.Surface}»";
            }
        }
        return actor is null ? speaker : speaker with { Actor = actor, Reason = $"{speaker.Reason}; {because}" };
    }
}
