using Kit.Charts;
using Kit.Files;
using Microsoft.Playwright;

namespace Kit.Tests.Support;

/// <summary>
/// Headless Chromium from Debian (never `playwright install`, which downloads) with plotly.js from npm
/// (tests/browser). .ci/run installs both; tests that use it are [NeedsFact(Tool.Browser)]: skipped with the reason elsewhere.
/// </summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static string? PlotlyPath => PlotlyScript.FindLocalCopy(KitPaths.Root);

    /// <summary>Opens an HTML file in headless Chromium, lets it settle, and hands the page (and its console errors) to the check.</summary>
    public static async Task<T> OpenAsync<T>(string htmlPath, Func<IPage, IReadOnlyList<string>, Task<T>> check, bool offline = false)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = Flags });
        var context = await browser.NewContextAsync(new() { Offline = offline });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        if (offline)
        {
            // The network is off: any request that is not the page's own file is aborted, and recorded as an error.
            await page.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), async route =>
            {
                requests.Add(route.Request.Url);
                await route.AbortAsync();
            });
        }
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(300);
        errors.AddRange(requests.Select(r => $"network request with the network off: {r}"));
        return await check(page, errors);
    }

    /// <summary>A page with the local plotly.js and the figures' HTML fallbacks, written to a file in the folder.</summary>
    public static string PageWithFigures(TempFolder folder, params Figure[] figures)
    {
        string plotly = new Uri(PlotlyPath!).AbsoluteUri;
        var body = string.Join("\n", figures.Select(f => f.ToHtml(plotly)));
        return folder.File("figures.html", $"<!doctype html><html><head><meta charset=\"utf-8\"><script src=\"{plotly}\"></script></head><body>{body}</body></html>");
    }
}
