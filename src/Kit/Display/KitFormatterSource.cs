using Kit.Charts;

namespace Kit.Display;

/// <summary>The views of Kit's types, handed to the Formatting package through TypeFormatterSourceAttribute.</summary>
internal sealed class KitFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
        HtmlViews.All.Select(view => new KitFormatter(view.Key, "text/html", view.Value))
            .Append(new KitFormatter(typeof(Figure), Figure.PlotlyMimeType, o => ((Figure)o).ToPlotlyJson()))
            .Append(new KitFormatter(typeof(Figure), "text/html", o => ((Figure)o).ToHtml()))
            .Append(new KitFormatter(typeof(Figure), "text/plain", o => ((Figure)o).ToString()));
}
