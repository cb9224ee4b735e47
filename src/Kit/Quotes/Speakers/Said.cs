namespace Kit.Quotes.Speakers;

/// <summary>
/// A reporting verb already read, with its speaker (null when someone the kit cannot name spoke) and whether it gave
/// a quote: the memory pronoun subjects look back into.
/// </summary>
internal sealed record Said(ReportingCue Cue, QuoteSpeaker? Speaker, bool HadContent);
