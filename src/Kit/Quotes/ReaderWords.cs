namespace Kit.Quotes;

/// <summary>
/// What the speaker reader asks of a word form at every reading, decided once per form (<see cref="SpeakerPhraseReader.RoleFactsOf"/>):
/// a bit test where a word list was looked up for every phrase read.
/// </summary>
[Flags]
internal enum ReaderWords : byte
{
    None = 0,

    /// <summary>A stop word of the titles file, as written.</summary>
    Stop = 1,

    /// <summary>A descriptor of the titles file (صحيفة، وكالة), as written.</summary>
    Descriptor = 2,

    /// <summary>The same for the form without its conjunction (وصحيفة).</summary>
    BareDescriptor = 4,

    /// <summary>A statement that speaks for an institution (بيان، البلاغ), its conjunction off.</summary>
    Statement = 8,
}
