using System.Diagnostics;

namespace Kit.Tests.Support;

/// <summary>Outside tools a check needs; .ci/run installs each of them.</summary>
public enum Tool
{
    /// <summary>Jupyter's notebook validator (python3-nbformat).</summary>
    Nbformat,

    /// <summary>Headless Chromium (Debian's chromium) and plotly.js from npm (tests/browser).</summary>
    Browser,

    /// <summary>Jupyter's runner (jupyter-nbconvert, python3-nbclient) and the kernel tool (`dotnet tool restore`).</summary>
    Jupyter,
}

/// <summary>
/// Whether a tool is here, and why not. A test that needs a missing tool is reported as skipped with that reason on a
/// user's machine; in CI (CI set) it runs and fails, so a missing tool can never pass as a check.
/// </summary>
public static class Needs
{
    private static readonly Dictionary<Tool, Lazy<string?>> Missing = new()
    {
        [Tool.Nbformat] = new(() => Python("import nbformat") ? null : "python3-nbformat is not installed (apt-get install python3-nbformat)"),
        [Tool.Browser] = new(() => !File.Exists(Browser.ChromiumPath) ? $"Chromium is not at {Browser.ChromiumPath} (apt-get install chromium)"
            : Browser.PlotlyPath is null ? "plotly.js is not installed (npm ci --prefix tests/browser)" : null),
        [Tool.Jupyter] = new(Jupyter.WhyMissing),
    };

    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Null when the tool is here; otherwise what is missing and how to install it.</summary>
    public static string? WhyMissing(Tool tool) => Missing[tool].Value;

    /// <summary>First line of a test that needs the tool: fails with the reason when it is missing (only reached in CI).</summary>
    public static void Ensure(Tool tool)
    {
        if (WhyMissing(tool) is { } why) Assert.Fail($"{why}; CI must have it.");
    }

    internal static bool Python(string code)
    {
        if (!File.Exists("/usr/bin/python3")) return false;
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-c", code]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}

/// <summary>A fact that needs an outside tool: skipped with the reason where it is missing, except in CI.</summary>
public sealed class NeedsFactAttribute : FactAttribute
{
    public NeedsFactAttribute(Tool tool)
    {
        if (!Needs.InCi && Needs.WhyMissing(tool) is { } why) Skip = $"skipped: {why}";
    }
}

/// <summary>A theory that needs an outside tool: skipped with the reason where it is missing, except in CI.</summary>
public sealed class NeedsTheoryAttribute : TheoryAttribute
{
    public NeedsTheoryAttribute(Tool tool)
    {
        if (!Needs.InCi && Needs.WhyMissing(tool) is { } why) Skip = $"skipped: {why}";
    }
}
