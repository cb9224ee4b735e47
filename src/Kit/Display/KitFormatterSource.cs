namespace Kit.Display;

/// <summary>The HTML views of Kit's types, handed to the Formatting package through TypeFormatterSourceAttribute.</summary>
internal sealed class KitFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
        HtmlViews.All.Select(view => new HtmlFormatter(view.Key, view.Value));
}
