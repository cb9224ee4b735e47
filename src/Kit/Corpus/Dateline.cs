using System.Text.RegularExpressions;

namespace Kit.Corpus;

/// <summary>
/// The date of a news article's dateline, near its start: «الرباط - 14 مارس 2019 (أ ف ب) -», «بيروت، 3 آب/أغسطس 2020».
/// Month names in their Egyptian/Gulf (يناير …), Levantine (كانون الثاني …) and Maghrebi (جانفي …) forms; Arabic-Indic digits too.
/// </summary>
public static partial class Dateline
{
    /// <summary>How far into the article a dateline may stand (after the headline).</summary>
    public const int SearchLength = 400;

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["يناير"] = 1, ["كانون الثاني"] = 1, ["جانفي"] = 1,
        ["فبراير"] = 2, ["شباط"] = 2, ["فيفري"] = 2,
        ["مارس"] = 3, ["آذار"] = 3, ["اذار"] = 3,
        ["أبريل"] = 4, ["ابريل"] = 4, ["إبريل"] = 4, ["نيسان"] = 4, ["أفريل"] = 4, ["افريل"] = 4,
        ["مايو"] = 5, ["أيار"] = 5, ["ايار"] = 5, ["ماي"] = 5,
        ["يونيو"] = 6, ["حزيران"] = 6, ["يونيه"] = 6, ["جوان"] = 6,
        ["يوليو"] = 7, ["تموز"] = 7, ["يوليه"] = 7, ["جويلية"] = 7,
        ["أغسطس"] = 8, ["اغسطس"] = 8, ["آب"] = 8, ["اب"] = 8, ["أوت"] = 8, ["اوت"] = 8,
        ["سبتمبر"] = 9, ["أيلول"] = 9, ["ايلول"] = 9, ["سبتمير"] = 9,
        ["أكتوبر"] = 10, ["اكتوبر"] = 10, ["تشرين الأول"] = 10, ["تشرين الاول"] = 10,
        ["نوفمبر"] = 11, ["تشرين الثاني"] = 11, ["نونبر"] = 11,
        ["ديسمبر"] = 12, ["كانون الأول"] = 12, ["كانون الاول"] = 12, ["دجنبر"] = 12,
    };

    [GeneratedRegex(@"(?<day>[0-9٠-٩]{1,2})\s+(?<month>[\u0621-\u064A]+(?:\s+[\u0621-\u064A]+)?)(?:\s*/\s*[\u0621-\u064A]+)?\s+(?<year>[0-9٠-٩]{4})")]
    private static partial Regex DatePattern();

    /// <summary>The first date written with a month name near the start of the text, or null.</summary>
    public static DateOnly? Find(string text)
    {
        string head = text.Length > SearchLength ? text[..SearchLength] : text;
        foreach (Match m in DatePattern().Matches(head))
        {
            string month = m.Groups["month"].Value;
            int number = Months.TryGetValue(month, out int a) ? a
                : month.Split(' ')[0] is var first && Months.TryGetValue(first, out int b) ? b : 0;
            if (number == 0) continue;
            int day = Digits(m.Groups["day"].Value), year = Digits(m.Groups["year"].Value);
            if (day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), number)) continue;
            return new DateOnly(year, number, day);
        }
        return null;
    }

    private static int Digits(string s)
    {
        int v = 0;
        foreach (char c in s) v = v * 10 + (c >= '٠' && c <= '٩' ? c - '٠' : c - '0');
        return v;
    }
}
