using Kit.Display;

namespace Kit.Actors.Counting;

/// <summary>Actor counts display as two tables: mentions per type, then per actor.</summary>
internal sealed class ActorCountFormatters : FormatterSource
{
    protected override IEnumerable<KitFormatter> Formatters() => [HtmlView<ActorCounts>(c => c.TypeTable().ToHtml() + c.ActorTable().ToHtml())];
}
