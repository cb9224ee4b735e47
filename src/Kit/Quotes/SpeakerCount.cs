namespace Kit.Quotes;

/// <summary>How often one actor is quoted, by kind of quote.</summary>
public sealed record SpeakerCount(string Actor, string Name, string English, int Quotes, int Direct, int Indirect, int Mixed, int Documents);
