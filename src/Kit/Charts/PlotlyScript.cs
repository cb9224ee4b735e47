namespace Kit.Charts;

/// <summary>Where the plotly.js that draws the text/html fallback comes from: one pinned version.</summary>
public static class PlotlyScript
{
    /// <summary>The npm package plotly.js-dist-min at this version is what the browser tests use (tests/browser/package.json).</summary>
    public const string Version = "4.1.2";

    public static string CdnUrl => $"https://cdn.jsdelivr.net/npm/plotly.js-dist-min@{Version}/plotly.min.js";

    /// <summary>
    /// A local copy: KIT_PLOTLY_JS, else the one vendored beside the kit command (Assets/plotly/plotly.min.js), else npm's
    /// (node_modules/plotly.js-dist-min/plotly.min.js) under the folder or one of its parents; null when there is none.
    /// </summary>
    public static string? FindLocalCopy(string? startFolder = null)
    {
        var env = Environment.GetEnvironmentVariable("KIT_PLOTLY_JS");
        if (!string.IsNullOrEmpty(env) && File.Exists(env)) return env;
        var vendored = Path.Combine(AppContext.BaseDirectory, "Assets", "plotly", "plotly.min.js");
        if (File.Exists(vendored)) return vendored;
        for (var dir = new DirectoryInfo(startFolder ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            foreach (var sub in new[] { "node_modules", Path.Combine("tests", "browser", "node_modules") })
            {
                var path = Path.Combine(dir.FullName, sub, "plotly.js-dist-min", "plotly.min.js");
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }
}
