using System.Text.Json.Nodes;
using Kit.Files;

namespace Kit.Tests.Support;

/// <summary>
/// Notebooks run the way a student's VS Code Jupyter extension runs them: Jupyter's own runner (nbconvert with
/// nbclient) starting the .NET (C#) kernel of the pinned tool (dotnet-tools.json). The kernel spec is installed into
/// artifacts/jupyter (JUPYTER_PATH), never into the user's home. The kernel starts in the notebook's folder and finds
/// the tool only beneath the manifest, so notebooks run from inside the repository.
/// </summary>
public static class Jupyter
{
    private static readonly Lazy<string> KernelSpecs = new(Install);

    public static string Home => Path.Combine(KitPaths.Root, "artifacts", "jupyter");

    public static string? WhyMissing()
    {
        if (!File.Exists("/usr/bin/jupyter-nbconvert") && !File.Exists("/usr/bin/jupyter"))
            return "Jupyter's runner is not installed (apt-get install jupyter-nbconvert python3-nbclient)";
        if (!Needs.Python("import nbclient, nbformat")) return "python3-nbclient is not installed (apt-get install python3-nbclient)";
        return null;
    }

    /// <summary>Executes the notebook with nbconvert and returns the executed copy; a cell over the timeout fails the run.</summary>
    public static (JsonObject Executed, ChildProcess.Result Process) Execute(string notebook, bool allowErrors, int cellTimeoutSeconds = 300)
    {
        string specs = KernelSpecs.Value;
        string outDir = Path.Combine(Home, "out", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outDir);
        var args = new List<string>
        {
            "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=.net-csharp",
            $"--ExecutePreprocessor.timeout={cellTimeoutSeconds}", "--output-dir", outDir, notebook,
        };
        if (allowErrors) args.Insert(4, "--allow-errors");
        var result = ChildProcess.Run("jupyter", args, Path.GetDirectoryName(notebook)!,
            new Dictionary<string, string?> { ["JUPYTER_PATH"] = specs, ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });
        string written = Path.Combine(outDir, Path.GetFileName(notebook));
        var executed = File.Exists(written) ? (JsonObject)JsonNode.Parse(File.ReadAllText(written))! : [];
        Directory.Delete(outDir, recursive: true);
        return (executed, result);
    }

    /// <summary>Error outputs of each code cell, by its place among the code cells (In [n], from 1).</summary>
    public static IReadOnlyList<(int In, JsonObject Error)> Errors(JsonObject executed) =>
        ((JsonArray?)executed["cells"] ?? []).OfType<JsonObject>().Where(c => c["cell_type"]?.GetValue<string>() == "code")
            .SelectMany((c, i) => ((JsonArray?)c["outputs"] ?? []).OfType<JsonObject>()
                .Where(o => o["output_type"]?.GetValue<string>() == "error").Select(o => (i + 1, o)))
            .ToList();

    // `dotnet tool restore` (the manifest pins the kernel tool), then the kernel spec into artifacts/jupyter/kernels.
    private static string Install()
    {
        var restore = ChildProcess.Run("dotnet", ["tool", "restore"], KitPaths.Root);
        if (restore.ExitCode != 0) throw new InvalidOperationException($"dotnet tool restore failed:\n{restore.Stdout}{restore.Stderr}");
        string kernels = Path.Combine(Home, "kernels");
        Directory.CreateDirectory(kernels);
        var install = ChildProcess.Run("dotnet", ["tool", "run", "dotnet-interactive", "--", "jupyter", "install", "--path", kernels], KitPaths.Root);
        if (install.ExitCode != 0 || !File.Exists(Path.Combine(kernels, ".net-csharp", "kernel.json")))
            throw new InvalidOperationException($"installing the .NET kernel spec failed:\n{install.Stdout}{install.Stderr}");
        return Home;
    }
}
