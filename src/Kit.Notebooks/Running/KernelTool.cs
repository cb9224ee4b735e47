using System.Reflection;

namespace Kit.Notebooks.Running;

/// <summary>
/// Where the .NET Interactive kernel tool (Microsoft.dotnet-interactive) lives: restore puts it in the NuGet cache
/// (a PackageDownload in Kit.Notebooks.csproj) and the build records the path; KIT_KERNEL_TOOL overrides it.
/// </summary>
public static class KernelTool
{
    public static string Version => Metadata("KernelToolVersion") ?? "unknown";

    /// <summary>Microsoft.DotNet.Interactive.App.dll, started with `dotnet` (its own framework-dependent entry point).</summary>
    public static string AppPath
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("KIT_KERNEL_TOOL") is { Length: > 0 } env ? env : Metadata("KernelTool") ?? "";
            if (!File.Exists(path))
                throw new Kit.Files.KitInputException(
                    $"{(path.Length == 0 ? "the kernel tool" : path)}: the .NET Interactive kernel (Microsoft.dotnet-interactive {Version}) is not there; "
                    + "run `dotnet restore` in the kit's folder (it downloads the tool), or set KIT_KERNEL_TOOL to Microsoft.DotNet.Interactive.App.dll.", path);
            return path;
        }
    }

    private static string? Metadata(string key) =>
        typeof(KernelTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}
