using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Propagation: the full names, surnames and first names of the persons found, again anywhere in the document.
public sealed partial class PeopleFinder
{
    // حمدان، زيدان (after يوسف حمدان): a surname that is a given name the lists do not mark as a word is in the dictionary as
    // that name; alone, it is the person's name, unless another person here has it as a first name (kind of blind37, blind38).
    private bool SurnameAsGivenName(string form) =>
        IsGiven(form) && !Lexicon.WordNames.Contains(form) && !_stopwords.Contains(form);

    private void Propagate(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        string n = d.N;
        var words = d.Words;
        List<Person> people = d.People;
        Dictionary<string, int> byKey = d.ByKey;
        Dictionary<string, List<int>> byFirstWord = d.ByFirstWord;
        HashSet<int> familyFirst = d.FamilyFirst;
        // 5. Propagation: the full names and surnames again, anywhere in the document.
        var aliases = new Dictionary<string, List<(string[] Words, int Person, bool Surname)>>(StringComparer.Ordinal);
        void Alias(string[] alias, int person, bool surname)
        {
            if (alias.Length == 0 || alias[0].Length < 2) return;
            if (!aliases.TryGetValue(alias[0], out var list)) aliases[alias[0]] = list = [];
            if (!list.Any(a => a.Words.SequenceEqual(alias))) list.Add((alias, person, surname));
        }
        foreach (var (key, person) in byKey) Alias(key.Split(' '), person, false);
        for (int p = 0; p < people.Count; p++)
        {
            if (familyFirst.Contains(p))
            {
                Alias([people[p].Words[0]], p, true);
                continue;
            }
            if (Surname(people[p].Words) is { } surname) Alias(surname, p, true);
            // نغوين ثي هوا → هوا: wire copy calls a Vietnamese person by the last word of the name.
            if (people[p].Words is [var v1, var middle, var v3] && Lexicon.NameMiddles.Contains(middle) && ShortWord(v1) && ShortWord(v3)) Alias([v3], p, true);
            // يوسف كريمي آزاد: the last two words of a name of three, the middle one no given name, link or article word, are a compound surname.
            var parts = people[p].Words;
            if (parts.Length == 3 && !IsGiven(parts[1]) && !patterns.NameLinks.Contains(parts[1]) && parts[1].Length >= 3
                && parts[1] is not ("عبد" or "ابو") && !parts[1].StartsWith("ال", StringComparison.Ordinal) && !CompoundEnds.Contains(parts[2]))
                Alias(parts[1..], p, true);
        }
        // وأضاف الحجري after الدكتور سالم بن حمد الحجري, which the first mention cut short: the document confirms the surname.
        foreach (var (word, person) in ConfirmedSurnames(d)) Alias([word], person, true);
        // سلمى alone, after سلمى الخطيب: the first name of the only person found here who has it, when it is no word too.
        // ناندا alone, after ناندا راكوتو: a first word no dictionary or list knows is the first name of that person too.
        foreach (var (given, holders) in byFirstWord)
            if (holders.Count == 1 && people[holders[0]].Words.Length >= 2 && (IsGiven(given) || UnknownWord(given) && given.Length >= 4 && !familyFirst.Contains(holders[0]))
                && !Lexicon.WordNames.Contains(given)
                && !patterns.NameLinks.Contains(given) && given is not ("عبد" or "ابو"))
                Alias([given], holders[0], false);
        // موزة alone, after موزة بنت خلفان: a first name that is a word too is the only holder's name, but only where a reporting
        // verb or a title stands by (WordFirstNames).
        var wordFirstNames = WordFirstNames(byFirstWord, people, familyFirst);
        foreach (var (given, holder) in wordFirstNames) Alias([given], holder, false);
        if (aliases.Count == 0) return; // no name found here: nothing to find again
        foreach (var list in aliases.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));

        // Each alias's first word, as written and behind a proclitic: most words are none of them.
        var aliasStarts = aliases.Keys.SelectMany(k => k == "ابو" ? [k, "ابي", "ابا"] : new[] { k }).SelectMany(k => Proclitics.Select(p => p + k).Prepend(k)
            .Concat(k.StartsWith("ال", StringComparison.Ordinal) ? ["لل" + k[2..], "ولل" + k[2..], "فلل" + k[2..]] : [])).ToHashSet(StringComparer.Ordinal);
        // Asked of every word twice: a word of a shape no alias start has is passed over unhashed.
        var startShapes = new WordShapes(aliasStarts);
        bool MayStartAlias(string x) => startShapes.MayContain(x) && aliasStarts.Contains(x);
        // لنادي السويحلي … مدرب السويحلي: a definite word right after the head of an institution (a club, a school) names that
        // body in this document; alone (not after a reporting verb or أما), it is the body, not the person the body is named
        // after (kind of blind20).
        HashSet<string>? namedBodies = null;
        for (int k = 1; k < count; k++)
            if (d.Joined(k) && w[k].Length > 4 && w[k].StartsWith("ال", StringComparison.Ordinal) && MayStartAlias(w[k]) && InstitutionHeadForm(w[k - 1]))
                (namedBodies ??= new HashSet<string>(StringComparer.Ordinal)).Add(w[k]);
        for (int i = 0; i < count; i++)
        {
            if (taken[i] || !MayStartAlias(w[i])) continue;
            foreach (var (written, skip) in Forms(w[i]).Concat(LinkForms(w[i])))
            {
                // ولأبي بكر شيخ: أبو in the genitive (أبي) or the accusative (أبا) is the same name.
                string form = written is "ابي" or "ابا" && !aliases.ContainsKey(written) ? "ابو" : written;
                if (!aliases.TryGetValue(form, out var list)) continue;
                var hit = list.FirstOrDefault(a => Matches(w, i, a.Words, d.JoinedTest, taken));
                if (hit.Words is null) continue;
                int end = i + hit.Words.Length;
                // يدير مصنع الزعتري … وأضاف الزعتري: right after a reporting verb or أما the surname is the person's still.
                if (hit.Surname && hit.Words.Length == 1 && namedBodies is not null && namedBodies.Contains(form)
                    && !(i > 0 && d.Joined(i) && (IsSpeechVerb(w[i - 1]) || w[i - 1] == GrammarWords.Amma))) continue;
                // A given name alone is ambiguous only when it is a word too, or when another person found here has it as a first name
                // (ياسين بوعلام … بوعلام is his; أحمد علي … علي may be anyone).
                bool ambiguous = hit.Words.Length == 1 && (Lexicon.WordNames.Contains(form) || form == AliName || _stopwords.Contains(form)
                    || SurnameIsWord(form) && !(hit.Surname && SurnameAsGivenName(form))
                    || IsGiven(form) && byFirstWord.TryGetValue(form, out var firsts) && firsts.Any(q => q != hit.Person));
                // A first name alone (no word-name: those get no such alias) is ambiguous only as a word as written, or when
                // the whole word is one behind a proclitic (بيان is no ب + يان).
                if (hit.Words.Length == 1 && !hit.Surname && people[hit.Person].Words.Length >= 2 && people[hit.Person].Words[0] == form)
                    ambiguous = _stopwords.Contains(form) || Lexicon.OrdinaryWords.Contains(form) || skip > 0 && Lexicon.OrdinaryWords.Contains(w[i])
                        || !IsGiven(form); // a first word no list knows may be a place's (أمام راجستان): a verb or title must stand by
                if (hit.Words.Length == 1 && !hit.Surname && wordFirstNames.ContainsKey(form) && !WordNameAsSubject(d, i, skip)) continue;
                // وكان عون (41 عاما)، أما عون، فـ…: an age in brackets after the word, or أما before it and a comma after it, make
                // the surname the person's.
                // أشاد … بالعمراني، للعمراني: an adjective in ي agrees with a noun and takes no preposition of its own; a definite
                // surname of that shape behind ب or ل is the person.
                if (ambiguous && hit.Surname && hit.Words.Length == 1 && skip > 0 && w[i][skip - 1] is 'ب' or 'ل'
                    && form.Length > 4 && form.StartsWith("ال", StringComparison.Ordinal) && form[^1] == 'ي')
                    ambiguous = false;
                if (ambiguous && AfterAge(w, end, d.JoinedTest) > end && n.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Contains('(')) ambiguous = false;
                if (ambiguous && i > 0 && d.Joined(i) && w[i - 1] == GrammarWords.Amma && skip == 0 && end < count && !d.Joined(end)
                    && n.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IndexOfAny('،', ',') >= 0)
                    ambiguous = false;
                // أما نصر فبدا متماسكا: أما, the surname and a word in ف (the answer of أما) make the surname the topic, a person.
                if (ambiguous && hit.Surname && hit.Words.Length == 1 && i > 0 && d.Joined(i) && w[i - 1] == GrammarWords.Amma && skip == 0 && end < count && d.Joined(end)
                    && w[end].Length > 3 && w[end][0] == 'ف' && KnownVerbShape(w[end][1..]))
                    ambiguous = false;
                // بمبادرة من العلوي، بطلب من حداد: a surname alone after من that a verbal noun behind ب governs, closed by a
                // punctuation mark, is the person who took the initiative (kind of blind19 and blind20).
                if (ambiguous && hit.Surname && hit.Words.Length == 1 && skip == 0 && i >= 2 && d.Joined(i) && d.Joined(i - 1) && w[i - 1] == "من"
                    && w[i - 2].Length >= 4 && w[i - 2][0] == 'ب' && !IsGiven(w[i - 2]) && Lexicon.OrdinaryWords.Contains(w[i - 2].AsSpan(1))
                    && (end >= count || !d.Joined(end)))
                    ambiguous = false;
                // بجهود المرزوقي وبارك: a surname joined by و right after a person named here is a second person of the list.
                if (ambiguous && hit.Surname && hit.Words.Length == 1 && skip == 1 && w[i][0] == 'و' && i > 0 && d.Joined(i) && PersonWord(d, i - 1))
                    ambiguous = false;
                if (ambiguous && !SpeechOrTitleAround(w, i, end, d.JoinedTest) && Nickname(w, end, d.JoinedTest, taken) is null) continue;
                if (InsideInstitutionName(d, i, d.JoinedTest, taken)) continue;
                // A first name alone must not run on into another name (سلمى حداد is someone else).
                if (hit.Words.Length == 1 && !hit.Surname && end < count && d.Joined(end) && !taken[end] && IsNameWordAt(w, end) && !Lexicon.IsOrdinaryWord(w[end])) continue;
                Take(d, new Found(i, end, skip, hit.Surname ? "surname" : hit.Words.Length == 1 ? "first-name" : "full-name", people[hit.Person].Canonical, hit.Person));
                // نصر، المعروف بـ"القناص": a nickname may follow the surname too.
                if (Nickname(w, AfterAge(w, end, d.JoinedTest), d.JoinedTest, taken, d.MarkBetween) is var (nickFirst, nickEnd, nickSkip))
                    Take(d, new Found(nickFirst, nickEnd, nickSkip, "nickname", people[hit.Person].Canonical, hit.Person));
                i = end - 1;
                break;
            }
        }
    }
}
