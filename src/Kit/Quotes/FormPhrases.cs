namespace Kit.Quotes;

/// <summary>
/// The phrases of each cue list that a word form starts, longest first: as written, and with the form's conjunction و or ف
/// taken off (null where none). Found once per form by <see cref="QuoteCues.PhraseStartsOf"/>, so matching a document's
/// word looks up no dictionary and cuts no string.
/// </summary>
internal sealed class FormPhrases(List<string[]>?[] own, List<string[]>?[] bare)
{
    /// <summary>The phrases of a list (by its bit's index) that start with the form itself.</summary>
    public List<string[]>? Own(int list) => own[list];

    /// <summary>The phrases of a list that start with the form without its conjunction.</summary>
    public List<string[]>? Bare(int list) => bare[list];
}
