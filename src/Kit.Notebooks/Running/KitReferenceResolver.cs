using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Kit.Notebooks.Running;

/// <summary>
/// Resolves <c>#r "…"</c> against the notebook's folder, except that any reference to Kit.dll binds to the runner's
/// own Kit, whatever configuration (Debug/Release) the notebook's path names.
/// </summary>
internal sealed class KitReferenceResolver(string baseDirectory) : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver _inner = ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory);

    public static string KitAssemblyPath => typeof(Kit.Corpus.Document).Assembly.Location;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        if (string.Equals(Path.GetFileName(reference.Trim()), "Kit.dll", StringComparison.OrdinalIgnoreCase))
            return [MetadataReference.CreateFromFile(KitAssemblyPath, properties)];
        return _inner.ResolveReference(reference, baseDirectory, properties);
    }

    public override bool ResolveMissingAssemblies => _inner.ResolveMissingAssemblies;

    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity) =>
        _inner.ResolveMissingAssembly(definition, referenceIdentity);

    public override bool Equals(object? other) => other is KitReferenceResolver r && r._inner.Equals(_inner);

    public override int GetHashCode() => _inner.GetHashCode();
}
