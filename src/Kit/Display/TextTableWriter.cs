namespace Kit.Display;

/// <summary>
/// Writes a plain-text table row by row, for output too long to hold (a large corpus's mentions). Columns are as
/// wide as in the first <c>sampleRows</c> rows; up to that many rows the text equals <see cref="HtmlTable"/>'s.
/// </summary>
public sealed class TextTableWriter(TextWriter output, IReadOnlyList<string> columns, int sampleRows = 10_000)
{
    private readonly List<string[]> _sample = [];
    private int[]? _widths;

    public void Add(IReadOnlyList<object?> row)
    {
        var cells = row.Select(HtmlTable.FormatValue).ToArray();
        if (_widths is not null) Write(cells);
        else
        {
            _sample.Add(cells);
            if (_sample.Count >= sampleRows) Flush();
        }
    }

    /// <summary>Writes what is still held; call once at the end.</summary>
    public void Finish()
    {
        if (_widths is null) Flush();
        output.Flush();
    }

    private void Flush()
    {
        _widths = columns.Select((c, i) => Math.Max(c.Length, _sample.Count == 0 ? 0 : _sample.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        output.WriteLine(string.Join(" | ", columns.Select((c, i) => c.PadRight(_widths[i]))).TrimEnd());
        output.WriteLine(string.Join("-+-", _widths.Select(w => new string('-', w))));
        foreach (var row in _sample) Write(row);
        _sample.Clear();
    }

    private void Write(string[] cells) =>
        output.WriteLine(string.Join(" | ", cells.Select((c, i) => c.PadRight(i < _widths!.Length ? _widths[i] : 0))).TrimEnd());
}
