namespace Kit.Actors.Discovery;

// Tests of a word alone that the rules ask of every word (or every title) of every document, kept per form in this
// finder's WordFacts: what each decides is in PeopleFinder.cs (Decide…).
public sealed partial class PeopleFinder
{
    // مدرب، قائد، رئيس: a one-word title with no article that heads a body.
    private bool IndefiniteTitle(string title)
    {
        var facts = WordFacts.For(this);
        return facts.TryGet(title, WordFacts.IndefiniteTitle, out bool known) ? known : facts.Remember(title, WordFacts.IndefiniteTitle, DecideIndefiniteTitle(title));
    }

    // ابنتها، زوجه، شقيقي: a noun of kinship with a possessive suffix.
    private bool KinshipNoun(string x)
    {
        var facts = WordFacts.For(this);
        return facts.TryGet(x, WordFacts.KinshipNoun, out bool known) ? known : facts.Remember(x, WordFacts.KinshipNoun, DecideKinshipNoun(x));
    }

    // Titles that are also common nouns (الفريق، اللواء، العميد).
    private bool NounTitle(string title)
    {
        var facts = WordFacts.For(this);
        return facts.TryGet(title, WordFacts.NounTitle, out bool known) ? known : facts.Remember(title, WordFacts.NounTitle, DecideNounTitle(title));
    }

    /// <summary>Every word that can start a name (<see cref="_givenNameStartSet"/>), asked of every word: decided once per form.</summary>
    private GivenNameStarts _givenNameStarts => new(this);

    private readonly struct GivenNameStarts(PeopleFinder finder)
    {
        public bool Contains(string x)
        {
            var facts = WordFacts.For(finder);
            return facts.TryGet(x, WordFacts.GivenNameStart, out bool known) ? known : facts.Remember(x, WordFacts.GivenNameStart, finder._givenNameStartSet.Contains(x));
        }
    }
}
