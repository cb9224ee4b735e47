namespace Kit.Actors.Discovery;

/// <summary>
/// Grammar words the people rules test by name, as they stand in the word array once normalized (أ إ آ → ا; ى → ي;
/// ة → ه): each is a particle, pronoun or connective, never a name, and tells where a name ends or what follows it.
/// </summary>
internal static class GrammarWords
{
    public const string Amma = "اما";       // أمّا: "as for", opens a topic whose answer takes ف (أما الصياد فيرى)
    public const string WaAmma = "واما";    // وأمّا: أمّا behind و
    public const string Anna = "ان";        // إنّ or أنّ ("that"): opens what was said
    public const string AnnaHu = "انه";     // إنّه، أنّه: "that he"
    public const string AnnaHa = "انها";    // إنّها، أنّها: "that she"
    public const string BiAnna = "بان";     // بأنّ: "that", after a verb that takes ب (أفاد بأن)
    public const string BiAnnaHu = "بانه";  // بأنّه: "that he"
    public const string BiAnnaHa = "بانها"; // بأنّها: "that she"
    public const string Alladhi = "الذي";   // الذي: "who, which" (masculine relative pronoun)
    public const string Allati = "التي";    // التي: "who, which" (feminine relative pronoun)
    public const string Man = "من";         // مَن: "who" (relative), spelled like the preposition مِن
    public const string WaHuwa = "وهو";     // وهو: "and he", opens a clause about the person named before
    public const string WaHiya = "وهي";     // وهي: "and she"
    public const string Lakin = "لكن";      // لكنّ: "but"
    public const string WaLakin = "ولكن";   // ولكنّ: "and but"
    public const string Adam = "عدم";       // عدم: "not (doing)", the noun of negation (فضل عدم ذكر اسمه)
}
