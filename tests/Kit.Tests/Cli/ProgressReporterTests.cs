using Kit.Cli.Progress;

namespace Kit.Tests.Cli;

public class ProgressReporterTests
{
    private const string ClearLine = "\r\u001b[K";

    [Fact]
    public void Shows_steps_in_place_and_clears_the_line_before_a_lasting_line()
    {
        var output = new StringWriter();
        using (var progress = new ProgressReporter(output, enabled: true))
        {
            progress.Report(1, 3, "000.txt");
            progress.Report(2, 3, "001.txt");
            progress.WriteLine("✗ 001.txt failed");
            progress.Report(3, 3, "002.txt");
        }
        Assert.Equal($"{ClearLine}[1/3] 000.txt{ClearLine}[2/3] 001.txt{ClearLine}✗ 001.txt failed\n{ClearLine}[3/3] 002.txt{ClearLine}",
            output.ToString().Replace(Environment.NewLine, "\n"));
    }

    [Fact]
    public void Is_silent_when_disabled_but_still_writes_lasting_lines()
    {
        var output = new StringWriter();
        using (var progress = new ProgressReporter(output, enabled: false))
        {
            progress.Report(1, 2, "a");
            progress.Report("working");
            progress.WriteLine("✗ failed");
        }
        Assert.Equal("✗ failed\n", output.ToString().Replace(Environment.NewLine, "\n"));
    }

    [Fact]
    public void Skips_steps_within_the_interval_but_never_the_first_or_the_last()
    {
        var output = new StringWriter();
        var progress = new ProgressReporter(output, enabled: true, minInterval: TimeSpan.FromHours(1));
        for (int i = 1; i <= 100; i++) progress.Report(i, 100, $"doc {i}");
        Assert.Equal($"{ClearLine}[1/100] doc 1{ClearLine}[100/100] doc 100", output.ToString());
    }

    [Fact]
    public void Cuts_a_line_wider_than_the_terminal()
    {
        var output = new StringWriter();
        new ProgressReporter(output, enabled: true, width: 12).Report("0123456789abcdef");
        Assert.Equal($"{ClearLine}0123456789…", output.ToString());
    }
}
