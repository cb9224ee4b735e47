namespace Kit.Quotes;

/// <summary>
/// Normalized words read by position: a document's (<see cref="NormalizedWords"/>) or a plain array's
/// (<see cref="WordArray"/>), so one phrase search (PhraseList) serves both.
/// </summary>
internal interface IWordSequence
{
    /// <summary>How many words.</summary>
    int Length { get; }

    /// <summary>The normalized word at a position.</summary>
    string this[int word] { get; }
}
