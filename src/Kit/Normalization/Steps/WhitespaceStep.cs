namespace Kit.Normalization.Steps;

public sealed class WhitespaceStep : NormalizationStep
{
    public override string Name => "whitespace";

    public override string Explanation =>
        "Collapse runs of spaces and tabs (no-break spaces too) into one space, drop them at line ends, write line breaks as \\n.";

    public override void Apply(ReadOnlySpan<char> input, OffsetWriter output)
    {
        int i = 0;
        while (i < input.Length)
        {
            char c = input[i];
            if (c == '\r' || c == '\n')
            {
                int end = c == '\r' && i + 1 < input.Length && input[i + 1] == '\n' ? i + 2 : i + 1;
                if (end - i == 1 && c == '\n') output.Keep(c, i);
                else output.Replace('\n', i, end);
                i = end;
            }
            else if (char.IsWhiteSpace(c))
            {
                int end = i + 1;
                while (end < input.Length && char.IsWhiteSpace(input[end]) && input[end] is not ('\r' or '\n')) end++;
                bool atLineEdge = i == 0 || end == input.Length || input[i - 1] is '\r' or '\n' || input[end] is '\r' or '\n';
                if (atLineEdge) output.Remove(i, end);
                else if (end - i == 1 && c == ' ') output.Keep(c, i);
                else output.Replace(' ', i, end);
                i = end;
            }
            else
            {
                output.Keep(c, i);
                i++;
            }
        }
    }
}
