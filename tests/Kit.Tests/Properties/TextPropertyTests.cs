using FsCheck.Fluent;
using Kit.Actors;
using Kit.Analysis;
using Kit.Cleaning;
using Kit.Corpus;
using Kit.Normalization;
using Kit.Text;
using Kit.Tokenization;
using static Kit.Tests.Properties.TextGen;

namespace Kit.Tests.Properties;

/// <summary>
/// For any text at all (TextGen: Arabic, names, diacritics, tatweel, bidi controls, surrogates, lone surrogates, every
/// digit, quote and space), no stage throws, and every offset stays inside the text, in order, and points at what it says.
/// </summary>
public class TextPropertyTests
{
    public static TheoryData<string> Profiles => new() { "standard", "aggressive", "lucene" };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Normalizer_maps_every_character_back_inside_the_original_in_order(string profile)
    {
        var normalizer = ArabicNormalizer.ForProfile(profile);
        Check(Texts, text =>
        {
            var n = normalizer.Normalize(text);
            var previous = new TextSpan(0, 0);
            for (int i = 0; i < n.Text.Length; i++)
            {
                var span = n.ToOriginal(i, i + 1);
                Assert.True(0 <= span.Start && span.Start < span.End && span.End <= text.Length, $"char {i} maps to {span} in {Show(text)}");
                Assert.True(span.Start >= previous.Start && span.End >= previous.End, $"char {i} maps to {span}, before {previous}, in {Show(text)}");
                previous = span;
            }
            Assert.Equal(n.Text, normalizer.Apply(text));
        });
    }

    // Contains, not equals: a ligature such as ﷺ becomes four words, each of which maps back to the one character.
    [Theory]
    [MemberData(nameof(Profiles))]
    public void A_normalized_word_maps_back_to_original_text_whose_normalization_holds_it(string profile)
    {
        var normalizer = ArabicNormalizer.ForProfile(profile);
        Check(Texts, text =>
        {
            var n = normalizer.Normalize(text, collectExamples: false);
            foreach (var word in WordTokenizer.Tokenize(n.Text))
            {
                string original = n.OriginalOf(word.Start, word.End);
                Assert.True(normalizer.Apply(original).Contains(word.Text, StringComparison.Ordinal),
                    $"{Show(word.Text)} maps back to {Show(original)}, which normalizes to {Show(normalizer.Apply(original))}; text {Show(text)}");
            }
        });
    }

    // Known exception, left out here: a Latin letter, an Arabic diacritic, then a Latin combining mark ("A\u0653\u0301"):
    // NFKC cannot compose across the diacritic, the diacritics step then removes it, and a second NFKC composes "Á".
    [Theory]
    [MemberData(nameof(Profiles))]
    public void Normalizing_twice_changes_nothing_more(string profile)
    {
        var normalizer = ArabicNormalizer.ForProfile(profile);
        Check(Texts, raw =>
        {
            string text = string.Concat(raw.Where(c => c is < '\u0300' or > '\u036F'));
            string once = normalizer.Apply(text);
            Assert.True(normalizer.Apply(once) == once, $"{Show(once)} normalizes again to {Show(normalizer.Apply(once))}");
        });
    }

    [Fact]
    public void Every_normalization_step_alone_keeps_its_map()
    {
        foreach (var step in ArabicNormalizer.AllSteps.Append(new Kit.Normalization.Steps.LuceneNormalizerStep()))
        {
            var normalizer = new ArabicNormalizer([step]);
            Check(Texts, text =>
            {
                var n = normalizer.Normalize(text);
                for (int i = 0; i < n.Text.Length; i++)
                {
                    var span = n.ToOriginal(i, i + 1);
                    Assert.True(0 <= span.Start && span.Start < span.End && span.End <= text.Length, $"{step.Name}: char {i} maps to {span} in {Show(text)}");
                }
            }, runs: 150);
        }
    }

    [Fact]
    public void Word_tokens_are_the_text_at_their_offsets_in_order_and_never_split_a_surrogate_pair()
    {
        Check(Texts, text =>
        {
            foreach (var tokens in new[] { WordTokenizer.Tokenize(text), WordTokenizer.Tokenize(text, punctuation: true), WordTokenizer.SplitOnWhitespace(text) })
            {
                int previousEnd = 0;
                foreach (var t in tokens)
                {
                    Assert.True(previousEnd <= t.Start && t.Start < t.End && t.End <= text.Length, $"token {t.Start}..{t.End} after {previousEnd} in {Show(text)}");
                    Assert.Equal(text[t.Start..t.End], t.Text);
                    Assert.False(SplitsPair(text, t.Start) || SplitsPair(text, t.End), $"token {t.Start}..{t.End} splits a surrogate pair in {Show(text)}");
                    previousEnd = t.End;
                }
            }
        });
    }

    [Fact]
    public void Sentences_cover_every_visible_character_once_in_order()
    {
        Check(Texts, text =>
        {
            var sentences = SentenceSplitter.Split(text);
            var covered = new bool[text.Length];
            int previousEnd = 0;
            for (int i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                Assert.Equal(i, s.Index);
                Assert.True(previousEnd <= s.Start && s.Start < s.End && s.End <= text.Length, $"sentence {s.Start}..{s.End} after {previousEnd} in {Show(text)}");
                Assert.Equal(text[s.Start..s.End], s.Text);
                Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]), $"sentence {Show(s.Text)} is not trimmed");
                for (int k = s.Start; k < s.End; k++) covered[k] = true;
                previousEnd = s.End;
            }
            for (int k = 0; k < text.Length; k++)
                Assert.True(covered[k] || char.IsWhiteSpace(text[k]), $"character {k} ({Show(text[k].ToString())}) is in no sentence of {Show(text)}");
        });
    }

    [Fact]
    public void Lucene_profile_never_emits_an_empty_term_and_its_offsets_increase()
    {
        Check(Texts, text =>
        {
            int previousEnd = 0;
            foreach (var term in LuceneAnalyzer.Default.Analyze(text))
            {
                Assert.True(term.Text.Length > 0, $"an empty term at {term.Start}..{term.End} in {Show(text)}");
                Assert.True(previousEnd <= term.Start && term.Start < term.End && term.End <= text.Length, $"term {term.Start}..{term.End} after {previousEnd} in {Show(text)}");
                Assert.True(term.End - term.Start <= LuceneAnalyzer.MaxTokenLength);
                previousEnd = term.End;
            }
        });
    }

    [Fact]
    public void Kit_profile_tokens_are_their_surfaces_with_the_base_inside()
    {
        Check(Texts, text =>
        {
            var previous = new TextSpan(0, 0);
            foreach (var t in ArabicTermAnalyzer.Default.Analyze(text))
            {
                Assert.True(InOrder(previous, t.Span, text.Length), $"token {t.Span} after {previous} in {Show(text)}");
                Assert.Equal(text[t.Start..t.End], t.Surface);
                Assert.True(t.Start <= t.BaseStart && t.BaseStart <= t.BaseEnd && t.BaseEnd <= t.End, $"base {t.BaseStart}..{t.BaseEnd} outside {t.Start}..{t.End} in {Show(text)}");
                Assert.False(string.IsNullOrEmpty(t.Base), $"empty base for {Show(t.Surface)}");
                previous = t.Span;
            }
            Assert.All(ArabicTermAnalyzer.Default.Terms(text), term => Assert.NotEmpty(term.Text));
        });
    }

    [Fact]
    public void Mentions_are_their_surfaces_in_order_inside_a_sentence()
    {
        Check(Texts, text =>
        {
            var mentions = MentionFinder.Default.Find("doc", text);
            int sentences = SentenceSplitter.Split(text).Count;
            var previous = new TextSpan(0, 0);
            foreach (var m in mentions)
            {
                Assert.True(InOrder(previous, m.Span, text.Length), $"mention {m.Span} after {previous} in {Show(text)}");
                Assert.Equal(text[m.Start..m.End], m.Surface);
                Assert.InRange(m.Sentence, 0, Math.Max(0, sentences - 1));
                previous = m.Span;
            }
        });
    }

    [Fact]
    public void Quotes_and_their_speakers_are_substrings_of_the_text_in_order()
    {
        Check(Texts, text =>
        {
            int previousStart = 0;
            foreach (var q in Kit.Quotes.QuoteExtractor.Default.Extract("doc", text))
            {
                Assert.True(0 <= q.Start && q.Start <= q.End && q.End <= text.Length, $"quote {q.Start}-{q.End} outside {Show(text)}");
                Assert.True(q.Start >= previousStart, $"quote at {q.Start} after one at {previousStart} in {Show(text)}");
                Assert.Equal(text[q.Start..q.End], q.Text);
                if (q.Speaker is { } s)
                {
                    Assert.True(0 <= s.Start && s.Start <= s.End && s.End <= text.Length, $"speaker {s.Start}-{s.End} outside {Show(text)}");
                    Assert.Equal(text[s.Start..s.End], s.Text);
                }
                previousStart = q.Start;
            }
        });
    }

    [Fact]
    public void Documents_and_cleaning_keep_paragraphs_and_removals_inside_the_text()
    {
        Check(Texts, text =>
        {
            var document = Cleaner.Default.Clean(new Document("doc", text));
            Assert.Equal(text.Length, document.AnalysisText.Length);
            foreach (var p in document.Paragraphs) Assert.Equal(document.AnalysisText[p.Span.Start..p.Span.End], p.Text);
            foreach (var r in document.Removals) Assert.Equal(text[r.Span.Start..r.Span.End], r.Text);
        });
    }

    [Fact]
    public void Html_escape_leaves_no_markup_and_no_bidi_control_and_loses_nothing_else()
    {
        Check(Texts, text =>
        {
            string escaped = Html.Escape(text);
            Assert.True(escaped.IndexOfAny(['<', '>', '"', '\'', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) < 0, Show(escaped));
            string expected = string.Concat(text.Select(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? '\uFFFD' : c));
            Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(escaped));
        });
    }

    [Fact]
    public void Marked_text_shows_any_text_with_any_spans_escaped()
    {
        var spans = Gen.Two(Gen.Choose(-3, 40)).Select(p => new TextSpan(p.Item1, p.Item2));
        var cases = Arb.From(Gen.Zip(Texts.Generator, Gen.ListOf(spans)));
        FsCheck.Check.One(FsCheck.Config.QuickThrowOnFailure.WithMaxTest(300 * RunFactor), Prop.ForAll(cases, c =>
        {
            string html = Kit.Display.Show.Marked(c.Item1, c.Item2).ToHtml();
            Assert.DoesNotContain("<script", html);
            Assert.False(html.Any(BidiControls.Is), Show(html));
        }));
    }

    // Cases the properties found, kept as plain tests.
    [Fact]
    public void A_noncharacter_does_not_make_nfkc_throw()
    {
        Assert.Equal("\uFFFE لافروف", ArabicNormalizer.Standard.Apply("\uFFFE لافروف"));
    }

    [Fact]
    public void A_lone_high_surrogate_before_a_pair_is_a_token_of_its_own()
    {
        var tokens = WordTokenizer.Tokenize("\uD83D👍", punctuation: true);
        Assert.Equal([(0, 1), (1, 3)], tokens.Select(t => (t.Start, t.End)));
    }

    // Spans of words found in normalized text: never before the previous one; two words from one ligature share its span.
    private static bool InOrder(TextSpan previous, TextSpan span, int length) =>
        0 <= span.Start && span.Start < span.End && span.End <= length && span.Start >= previous.Start && span.End >= previous.End;

    private static bool SplitsPair(string text, int at) =>
        at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);
}
