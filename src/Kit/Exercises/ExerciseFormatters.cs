using Kit.Display;
using Kit.Text;

namespace Kit.Exercises;

/// <summary>How a check's verdict, a hint and the progress table display in a notebook.</summary>
internal sealed class ExerciseFormatters : FormatterSource
{
    protected override IEnumerable<KitFormatter> Formatters() =>
        [HtmlView<CheckResult>(CheckView), HtmlView<HintText>(HintView), HtmlView<ProgressReport>(ProgressView)];

    private static string HintView(HintText h) =>
        $"<div style=\"border-left:4px solid #f9a825;padding:4px 8px\">💡 <b>{Html.Escape(h.Exercise)}</b>{(h.Of == 0 ? "" : $" · hint {h.Number} of {h.Of}")}: {Html.Escape(h.Text)}</div>";

    private static string ProgressView(ProgressReport p) =>
        HtmlTable.Of(p.Lines, ("exercise", l => l.Exercise), ("", l => ProgressReport.Mark(l.Status)), ("what it asks", l => l.Title), ("kind", l => l.Kind))
            .WithCaption(p.Summary).ToHtml();

    private static string CheckView(CheckResult r) => r.Skipped
        ? $"<div style=\"border-left:4px solid #9e9e9e;padding:4px 8px\">⏭ <b>{Html.Escape(r.Exercise)}</b> skipped: {Html.Escape(r.Message)}</div>"
        : $"<div style=\"border-left:4px solid #2e7d32;padding:4px 8px\">✅ <b>{Html.Escape(r.Exercise)}</b>: {Html.Escape(r.Message)}</div>";
}
