namespace Kit.Normalization;

/// <summary>
/// Characters At, At + 1… of a normalized text up to the next segment: as a run (End is <see cref="Run"/>), character
/// At + k comes from original Start + k .. Start + k + 1; else every one of them comes from Start..End.
/// </summary>
internal readonly record struct OffsetSegment(int At, int Start, int End)
{
    /// <summary>The End of a run.</summary>
    public const int Run = -1;

    public bool IsRun => End == Run;
}
