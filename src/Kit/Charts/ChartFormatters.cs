using Kit.Display;

namespace Kit.Charts;

/// <summary>A figure's views: plotly's own MIME type first (drawn offline by VS Code and JupyterLab), HTML and text as fallbacks.</summary>
internal sealed class ChartFormatters : FormatterSource
{
    protected override IEnumerable<KitFormatter> Formatters() =>
    [
        new(typeof(Figure), Figure.PlotlyMimeType, o => ((Figure)o).ToPlotlyJson()),
        new(typeof(Figure), "text/html", o => ((Figure)o).ToHtml()),
        new(typeof(Figure), "text/plain", o => ((Figure)o).ToString()),
    ];
}
