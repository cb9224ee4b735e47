using Kit.Quotes;

namespace Kit.Tests.Quotes;

/// <summary>Each case is a sentence written for the test; the expected quote and speaker were read off by hand.</summary>
public class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text) => QuoteExtractor.Default.Extract("t", text);

    private static Quote One(string text) => Assert.Single(Extract(text));

    [Fact]
    public void Subject_after_the_verb_then_an_indirect_clause()
    {
        var q = One("وقال كيري إن المحادثات مفيدة.");
        Assert.Equal((QuoteKind.Indirect, "المحادثات مفيدة", "كيري", "john-kerry", "قال", false),
            (q.Kind, q.Text, q.SpeakerText, q.Actor, q.Verb, q.Resolved));
        Assert.Equal("after-verb", q.Speaker!.Sieve);
    }

    [Fact]
    public void Subject_before_the_verb()
    {
        var q = One("كيري أوضح أن الهدف واضح.");
        Assert.Equal(("كيري", "أوضح", "before-verb"), (q.SpeakerText, q.Verb, q.Speaker!.Sieve));
    }

    [Fact]
    public void A_speaker_is_its_title_and_name_and_the_name_names_the_actor()
    {
        const string text = "وقال المتحدث باسم البنتاغون بيتر كوك إن الوزيرين اتفقا.";
        var q = One(text);
        Assert.Equal(("المتحدث باسم البنتاغون بيتر كوك", "peter-cook"), (q.SpeakerText, q.Actor));
        Assert.Equal("بيتر كوك", text[q.Speaker!.NameStart..q.Speaker.NameEnd]);
    }

    [Fact]
    public void A_title_with_no_name_is_the_speaker_and_names_no_actor()
    {
        var q = One("وقال مسؤول كبير في وزارة الخارجية الأمريكية إن الزيارة ستتم.");
        Assert.Equal(("مسؤول كبير في وزارة الخارجية الأمريكية", null), (q.SpeakerText, q.Actor));
    }

    [Fact]
    public void A_role_names_its_holder_only_on_a_date_in_the_holders_term()
    {
        // Terms in actors.json: Obama 2009-01-20 to 2017-01-20, Trump 2017-01-20 to 2021-01-20, Biden 2021-01-20 to 2025-01-20.
        const string text = "وكان الرئيس الأمريكي قد صرح بأن البلدين قطعا شوطا.";
        Assert.Equal(("الرئيس الأمريكي", "barack-obama"), Speaker(text, new DateOnly(2015, 10, 1)));
        Assert.Equal(("الرئيس الأمريكي", "joe-biden"), Speaker(text, new DateOnly(2022, 3, 4)));
        Assert.Equal(("الرئيس الأمريكي", null), Speaker(text, null)); // no date: the role stays, unresolved
        var undated = QuoteExtractor.Default.Extract("t", text, null).Single();
        Assert.Contains("date is unknown", undated.Speaker!.Reason);
        Assert.Equal(("الرئيس الروسي", "vladimir-putin"), Speaker("وكان الرئيس الروسي قد صرح بأن البلدين قطعا شوطا.", new DateOnly(2015, 10, 1)));
    }

    [Fact]
    public void A_dateline_dates_the_article()
    {
        const string text = "واشنطن - 14 مارس 2022 (أ ف ب) - قال الرئيس الأمريكي إن العقوبات ستستمر.";
        var q = QuoteExtractor.Default.Extract("t", text).Single();
        Assert.Equal(("الرئيس الأمريكي", "joe-biden"), (q.SpeakerText, q.Actor));
    }

    [Fact]
    public void A_role_the_article_wrote_before_a_name_names_that_person_later()
    {
        const string text = "التقى المبعوث الأممي مارتن غريفيث الوفد الحكومي. وقال المبعوث الأممي إن المحادثات ستستأنف.";
        var q = QuoteExtractor.Default.Extract("t", text, null).Single();
        // Since branch quotes4 the span is the name's, like a description's (RoleHolderSpanTests).
        Assert.Equal(("مارتن غريفيث", "discovered:مارتن غريفيث"), (q.SpeakerText, q.Actor));
    }

    private static (string?, string?) Speaker(string text, DateOnly? date)
    {
        var q = QuoteExtractor.Default.Extract("t", text, date).Single();
        return (q.SpeakerText, q.Actor);
    }

    [Fact]
    public void The_paper_points_back_to_the_paper_named_last()
    {
        var q = One("نشرت صحيفة واشنطن بوست تقريرا. وذكرت الصحيفة أن التعاون ممكن.");
        Assert.Equal(("الصحيفة", "washington-post", false), (q.SpeakerText, q.Actor, q.Resolved));
    }

    [Fact]
    public void Naql_an_credits_the_one_after_an()
    {
        var q = One("ونقلت وكالة رويترز عن أردوغان قوله „لن نسمح بذلك“.");
        Assert.Equal((QuoteKind.Direct, "لن نسمح بذلك", "أردوغان", "recep-tayyip-erdogan", "قوله"), (q.Kind, q.Text, q.SpeakerText, q.Actor, q.Verb));
    }

    [Fact]
    public void An_implicit_subject_is_resolved_to_the_previous_speaker_and_flagged()
    {
        var text = "وقال لافروف إن الحوار مستمر. وأضاف أن موسكو مستعدة.";
        var quotes = Extract(text);
        Assert.Equal(2, quotes.Count);
        var second = quotes[1];
        Assert.Equal(("موسكو مستعدة", "لافروف", true, "pronoun"), (second.Text, second.SpeakerText, second.Resolved, second.Speaker!.Sieve));
        Assert.Equal(text.IndexOf("لافروف", StringComparison.Ordinal), second.Speaker.Start); // the antecedent's span
    }

    [Fact]
    public void A_pronoun_on_lakin_starts_a_new_quote_by_the_same_speaker()
    {
        var quotes = Extract("قال المعلم إن بلاده ستطلب قوات لكنه شدد على أن القرار لم يتخذ.");
        Assert.Equal(["بلاده ستطلب قوات", "القرار لم يتخذ"], quotes.Select(q => q.Text));
        Assert.Equal([("المعلم", false), ("المعلم", true)], quotes.Select(q => (q.SpeakerText!, q.Resolved)));
    }

    [Fact]
    public void No_speaker_found_stays_empty_rather_than_guessed()
    {
        var q = One("وأكد أن الاتفاق قريب.");
        Assert.Equal(("الاتفاق قريب", null), (q.Text, q.SpeakerText));
        Assert.Contains("no speaker", q.Explain());
    }

    [Fact]
    public void A_subject_the_kit_cannot_read_is_the_speaker_with_no_actor_not_the_previous_one()
    {
        var quotes = Extract("وقال لافروف إن الحوار مستمر. وأكدت أوساط مطلعة أن موسكو مستعدة.");
        Assert.Equal(["لافروف", "أوساط مطلعة"], quotes.Select(q => q.SpeakerText));
        Assert.Null(quotes[1].Actor);
        Assert.Equal("unknown-subject", quotes[1].Speaker!.Sieve);
    }

    [Theory]
    // The subject phrase ends at a preposition, also one glued on (لمنظمة), at a comma and at the complementizer.
    [InlineData("وقال سامي نادر إن السوق هادئة. وأعلن المعهد في بيان أن المختبر سيفتح قريبا.", "المعهد")]
    [InlineData("وقال سامي نادر إن السوق هادئة. وقال أحد الموظفين، طلب عدم ذكر اسمه، إن الرواتب تأخرت.", "أحد الموظفين")]
    [InlineData("وقال سامي نادر إن السوق هادئة. وأشار تقرير لمنظمة العمل إلى أن البطالة ارتفعت.", "تقرير")]
    [InlineData("وقال سامي نادر إن السوق هادئة. وأكدت مديرية الزراعة والري أن الموسم تأخر.", "مديرية الزراعة والري")]
    public void An_unknown_subject_phrase_runs_to_its_boundary(string text, string speaker)
    {
        var q = Extract(text).Last();
        Assert.Equal((speaker, (string?)null, false), (q.SpeakerText, q.Actor, q.Resolved));
    }

    [Fact]
    public void A_later_implicit_subject_in_the_sentence_goes_back_to_the_unknown_subject()
    {
        var quotes = Extract("وقال سامي نادر إن السوق هادئة. وأعلن المعهد في بيان أن المختبر سيفتح قريبا، مشيرا إلى أن التمويل جاهز.");
        Assert.Equal(["سامي نادر", "المعهد", "المعهد"], quotes.Select(q => q.SpeakerText));
    }

    [Fact]
    public void A_definite_noun_with_a_nationality_adjective_is_a_state_body_that_speaks()
    {
        var quotes = Extract("وقال لافروف إن الحوار مستمر. وأكدت الخارجية الروسية أن موسكو مستعدة.");
        Assert.Equal(["لافروف", "الخارجية الروسية"], quotes.Select(q => q.SpeakerText));
    }

    [Fact]
    public void A_statement_speaks_for_the_institution_that_issued_it()
    {
        var q = One("وأكد بيان صادر عن وزارة المالية أن المفاوضات ستستأنف الشهر المقبل.");
        Assert.Equal("وزارة المالية", q.SpeakerText);
    }

    [Fact]
    public void An_implicit_feminine_subject_goes_back_to_the_last_woman_who_spoke_not_the_last_speaker()
    {
        var quotes = Extract("وقالت الوزيرة هدى الحلبي إن الخطة جاهزة. وقال المحلل سامي نادر إن التنفيذ صعب. وأضافت أن التمويل مضمون.");
        Assert.Equal(["الوزيرة هدى الحلبي", "المحلل سامي نادر", "الوزيرة هدى الحلبي"], quotes.Select(q => q.SpeakerText));
        Assert.True(quotes[2].Resolved);
    }

    [Fact]
    public void The_first_quotes_implicit_subject_is_the_person_the_sentence_before_was_about()
    {
        // No one has spoken yet; وقال للصحافيين has no subject of its own: it is the coach of the sentence before.
        var q = Extract("قاد المدرب الوطني هشام بن عيسى المنتخب إلى الفوز على ملعب المدينة. وقال للصحافيين بعد المباراة: «كنا الأفضل».").Last();
        Assert.Equal(("كنا الأفضل", "هشام بن عيسى", true, "pronoun"), (q.Text, q.SpeakerText, q.Resolved, q.Speaker!.Sieve));
        // A feminine verb does not go back to him.
        var she = Extract("قاد المدرب الوطني هشام بن عيسى المنتخب إلى الفوز. وقالت للصحافيين: «كنا الأفضل».").Last();
        Assert.Null(she.SpeakerText);
    }

    [Fact]
    public void An_implicit_subject_goes_back_to_the_person_who_opens_the_sentence_before_rather_than_an_older_speaker()
    {
        // The minister spoke first; the next sentence, where no one speaks, opens with a verb and the farmer as its subject:
        // وقال in the sentence after that is the farmer's.
        var quotes = Extract("وقال الوزير سامي نادر إن الموسم جيد. ويزرع المزارع كريم الحلبي منذ عشرين عاما أرضا قرب النهر. وقال إن الأمطار تأخرت.");
        var q = quotes.Last();
        Assert.Equal(("الأمطار تأخرت", "كريم الحلبي", true, "pronoun"), (q.Text, q.SpeakerText, q.Resolved, q.Speaker!.Sieve));
        // A feminine verb does not go back to him: the older speaker's gender does not agree either, so no one.
        var she = Extract("وقالت الوزيرة هدى الحلبي إن الموسم جيد. ويزرع المزارع كريم نادر منذ عشرين عاما أرضا قرب النهر. وقالت إن الأمطار تأخرت.").Last();
        Assert.Equal("الوزيرة هدى الحلبي", she.SpeakerText);
        // A sentence with a speaker of its own keeps the ordinary order: the latest speaker.
        var same = Extract("وقال الوزير سامي نادر إن الموسم جيد. ويزرع المزارع كريم الحلبي منذ عشرين عاما، وأكد الوزير سامي نادر أن الدعم سيستمر. وأضاف أن الأمطار تأخرت.").Last();
        Assert.EndsWith("سامي نادر", same.SpeakerText);
    }

    [Fact]
    public void The_person_a_sentence_without_speech_is_about_is_the_next_implicit_subject_even_when_it_does_not_open_with_a_verb()
    {
        // The sentence before opens with a place (وفي السوق), not a verb; the farmer is the first person named in it.
        var q = Extract("وقال الوزير سامي نادر إن الموسم جيد. وفي السوق القديمة، وقف المزارع كريم الحلبي أمام دكانه. وقال: «الأسعار نار».").Last();
        Assert.Equal(("الأسعار نار", "كريم الحلبي", true, "pronoun"), (q.Text, q.SpeakerText, q.Resolved, q.Speaker!.Sieve));
    }

    [Fact]
    public void A_speaker_of_unknown_gender_has_the_gender_of_the_verb_they_were_the_subject_of()
    {
        // تالوكدار and أوزكان are names no list genders; قال تالوكدار makes him a man, so وأضافت goes back past him to her.
        var quotes = Extract("وقالت أوزكان إن المصنع حار. وقال تالوكدار إن الحل مكلف. وأضافت أن العاملات متعبات.");
        Assert.Equal(["أوزكان", "تالوكدار", "أوزكان"], quotes.Select(q => q.SpeakerText));
        // With no woman before, وأضافت goes to no one rather than to him.
        var alone = Extract("وقال تالوكدار إن الحل مكلف. وأضافت أن العاملات متعبات.").Last();
        Assert.Null(alone.SpeakerText);
    }

    [Theory]
    // After لكن and غير أن the subject takes the accusative ending: مسؤولا، موظفا are the titles مسؤول، موظف.
    [InlineData("وقال سامي نادر إن السوق هادئة. لكن مسؤولا في وزارة النقل قال إن الطريق سيغلق.", "مسؤولا في وزارة النقل", "الطريق سيغلق")]
    [InlineData("وقال سامي نادر إن السوق هادئة. غير أن موظفا في البلدية قال إن الرواتب تأخرت.", "موظفا في البلدية", "الرواتب تأخرت")]
    // A clause between the subject and its verb (طلب عدم ذكر اسمه) does not hide it.
    [InlineData("وقال سامي نادر إن السوق هادئة. لكن مسؤولا في الميناء طلب عدم ذكر اسمه قال إن السفن تأخرت.", "مسؤولا في الميناء", "السفن تأخرت")]
    public void A_title_in_the_accusative_after_lakin_or_anna_is_the_subject_before_the_verb(string text, string speaker, string content)
    {
        var q = Extract(text).Last();
        Assert.Equal((content, speaker, "before-verb"), (q.Text, q.SpeakerText, q.Speaker!.Sieve));
    }

    [Fact]
    public void A_word_in_a_that_is_no_title_still_blocks_the_verb()
    {
        // مشروعا is no title: the clause's subject cannot speak, so قال … here gives no quote of its own.
        var quotes = Extract("لكن مشروعا في المدينة قال إن الطريق سيغلق.");
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("وقال الوزير سامي نادر إن السوق هادئة، وكتب على حسابه في تويتر: \"لن نتراجع عن القرار\".", "لن نتراجع عن القرار")]
    [InlineData("وقال الوزير سامي نادر إن السوق هادئة، وكتب على فيسبوك أن \"الحكومة لن تتراجع\".", "الحكومة لن تتراجع")]
    public void Written_on_social_media_is_a_quote(string text, string content)
    {
        var q = Extract(text).Last();
        Assert.Equal((content, "كتب"), (q.Text, q.Verb));
        Assert.EndsWith("سامي نادر", q.SpeakerText);
    }

    [Theory]
    // A platform, a team, a firm in marks, with the complementizer, the colon or the quotation still to come.
    [InlineData("وكتب الوزير سامي نادر على منصة \"إكس\" أن \"الحكومة لن تتراجع\".", "الحكومة لن تتراجع")]
    [InlineData("وأكد مدير نادي \"النجوم\" سامي نادر أن الفريق جاهز.", "الفريق جاهز")]
    [InlineData("وكتب المحلل في مؤسسة \"الأفق\"، في مذكرة للعملاء: \"نتوقع تراجع الأسعار\".", "نتوقع تراجع الأسعار")]
    public void A_short_name_in_marks_before_the_speech_is_no_quote(string text, string content)
    {
        var q = Assert.Single(Extract(text));
        Assert.Equal(content, q.Text);
    }

    [Fact]
    public void A_short_quote_that_ends_its_clause_is_still_a_quote()
    {
        var q = Assert.Single(Extract("وقال الوزير سامي نادر: \"لن نتراجع\"."));
        Assert.Equal("لن نتراجع", q.Text);
        var r = Assert.Single(Extract("وقال الوزير سامي نادر \"لن نتراجع\" ثم غادر القاعة."));
        Assert.Equal("لن نتراجع", r.Text);
    }

    [Fact]
    public void A_source_that_asked_not_to_be_named_still_introduces_its_clause()
    {
        // ذكر after عدم is "mentioning": no second report, and the source's clause runs on to إن.
        var q = One("وقال مصدر حكومي، طلب عدم ذكر اسمه، إن التمويل سيأتي من منح أوروبية.");
        Assert.Equal(("التمويل سيأتي من منح أوروبية", "مصدر حكومي", "قال"), (q.Text, q.SpeakerText, q.Verb));
    }

    [Fact]
    public void The_speaker_phrase_is_title_and_name_and_an_unnamed_source_keeps_its_phrase()
    {
        Assert.Equal("المبعوث الأممي مارتن غريفيث", One("وقال المبعوث الأممي مارتن غريفيث إن المحادثات ستستأنف.").SpeakerText);
        Assert.Equal("مصدر دبلوماسي غربي", One("وقال مصدر دبلوماسي غربي إن المحادثات ستستأنف.").SpeakerText);
        Assert.Equal("متحدث باسم الجيش", One("وقال متحدث باسم الجيش إن الهجوم صُدّ.").SpeakerText);
    }

    [Fact]
    public void Kinds_direct_indirect_mixed()
    {
        Assert.Equal((QuoteKind.Mixed, "واشنطن منفتحة على \"محادثات تكتيكية\" مع روسيا"),
            Kind(One("وأعلن البيت الأبيض أن واشنطن منفتحة على \"محادثات تكتيكية\" مع روسيا.")));
        Assert.Equal((QuoteKind.Direct, "على موسكو أن تكون سعيدة"), Kind(One("وقالت الصحيفة إن \"على موسكو أن تكون سعيدة\".")));
        Assert.Equal((QuoteKind.Direct, "عرض الروس أن نجري حوارا"), Kind(One("وقال كيري: عرض الروس أن نجري حوارا.")));
        Assert.Equal((QuoteKind.Direct, "أعلم أن هناك تكهنات"), Kind(One("وأضاف إيرنست ” أعلم أن هناك تكهنات”.")));
        static (QuoteKind, string) Kind(Quote q) => (q.Kind, q.Text);
    }

    [Fact]
    public void A_mixed_quote_keeps_its_nested_marks_and_is_one_row()
    {
        var q = One("وبرّر البيت الأبيض الرفض بأنه ردّ على رفض موسكو \"المساهمة في مواجهة \"الدولة الإسلامية\" بسورية\".");
        Assert.Equal((QuoteKind.Mixed, "ردّ على رفض موسكو \"المساهمة في مواجهة \"الدولة الإسلامية\" بسورية\"", "برّر"), (q.Kind, q.Text, q.Verb));
    }

    [Fact]
    public void A_verb_inside_a_quote_belongs_to_it() =>
        Assert.Equal("أشار الوزير إلى أن الحوار مستمر", One("وقال البنتاجون \"أشار الوزير إلى أن الحوار مستمر\".").Text);

    [Fact]
    public void The_next_reporting_clause_ends_a_quote()
    {
        var quotes = Extract("وكشف بوتين أن الاقتراح جاء من كازاخستان، قائلا إن موسكو ترحب بذلك.");
        Assert.Equal([("الاقتراح جاء من كازاخستان", "كشف", false), ("موسكو ترحب بذلك", "قائلا", true)], quotes.Select(q => (q.Text, q.Verb, q.Resolved)));
        Assert.All(quotes, q => Assert.Equal("vladimir-putin", q.Actor));
    }

    [Fact]
    public void The_narrator_resuming_ends_a_quote() =>
        Assert.Equal("واشنطن منفتحة على الحوار", One("واعلن البيت الابيض ان واشنطن منفتحة على الحوار، ولكن من دون أن يحدد موعدا.").Text);

    [Theory]
    [InlineData("وكانت صحيفة “الحياة” قد نشرت مقالا عن الحرب.")] // a name in marks
    [InlineData("ولم تعلن المصادر أن الاتفاق تم.")] // a negated verb
    [InlineData("وأعرب المعلم عن قلقه إزاء التصعيد.")] // a noun phrase, no clause
    [InlineData("الاتصال الثالث بين كيري ولافروف يؤكد أن أمريكا تحاول التفاهم.")] // an event cannot speak
    [InlineData("وتتصاعد وتيرة الدعوة لحوار بين موسكو وواشنطن.")] // بين is "between" here
    public void Not_quotes(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void A_quotation_before_its_verb()
    {
        var q = One("\"الوضع خطير\"، قال لافروف.");
        Assert.Equal((QuoteKind.Direct, "الوضع خطير", "لافروف"), (q.Kind, q.Text, q.SpeakerText));
    }

    [Fact]
    public void First_person_words_right_after_the_verb_are_direct_speech() =>
        Assert.Equal((QuoteKind.Direct, "سنواصل الحوار مع واشنطن"), (One("وقال بيسكوف سنواصل الحوار مع واشنطن.").Kind, One("وقال بيسكوف سنواصل الحوار مع واشنطن.").Text));

    [Fact]
    public void Offsets_point_into_the_original_text_with_its_diacritics_and_tatweel()
    {
        var text = "وقــال كيري إنّ الحوارَ مستمرٌ.";
        var q = One(text);
        Assert.Equal(("الحوارَ مستمرٌ", "قــال"), (text[q.Start..q.End], q.Verb));
        Assert.Equal("كيري", text[q.Speaker!.Start..q.Speaker.End]);
        Assert.Equal(text.IndexOf("قــال", StringComparison.Ordinal), q.VerbStart);
    }

    [Fact]
    public void Every_quote_explains_its_delimiter_and_its_speaker()
    {
        var q = One("وقال كيري إن المحادثات مفيدة.");
        Assert.Contains("إن", q.Delimiter);
        Assert.Contains("كيري", q.Explain());
    }

    [Fact]
    public void Odd_input_never_throws_and_every_span_is_the_text_it_names()
    {
        // Words, marks and punctuation in random order, from a fixed seed: the extractor must stay inside the text.
        string[] pieces = ["وقال", "كيري", "إن", "\"", "”", "«", "»", "„", "“", ":", "،", ".", "\n", "قائلا", "أن", "لكنه", "المتحدث", "باسم",
            "البنتاغون", "نعمل", "ونقلت", "عن", "قوله", "بحسب", "ما", "نقلته", "أما", "فقالت", "بان", "كي", "مون", "ـ", "ّ", " "];
        var random = new Random(20261121);
        for (int round = 0; round < 300; round++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            foreach (var q in Extract(text))
            {
                Assert.Equal(q.Text, text[q.Start..q.End]);
                Assert.True(q.End > q.Start, text);
                if (q.Speaker is { } s) Assert.Equal(s.Text, text[s.Start..s.End]);
            }
        }
        Assert.Empty(Extract(""));
    }
}
