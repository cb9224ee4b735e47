namespace Kit.Notebooks.Running;

/// <summary>
/// The one cell the runner sends a fresh kernel before the notebook's own (its output is never written). One
/// submission, as before the memory part was added, so the notebook's cells keep their Submission#n (stack traces
/// show it); a statement and a single expression, so it declares no variable and imports no namespace a notebook's
/// cells could see.
/// </summary>
internal static class KernelSetup
{
    /// <summary>What the cell answers when the memory part took effect.</summary>
    public const string Applied = "kit: memory per cell kept flat";

    /// <summary>No keyboard in a headless run: Console.ReadLine() in a cell gets null at once instead of waiting for the
    /// timeout (the kernel reads its commands from its own stdin stream, not through Console.In).</summary>
    public const string NoKeyboard = "System.Console.SetIn(System.IO.TextReader.Null);";

    /// <summary>
    /// Keeps the kernel's memory per cell flat; without it memory grows with the square of the cell count (a 1,000-cell
    /// notebook peaked at 1.2 GB, a 2,000-cell one passed 2.4 GB). Two things grow, both kept for every submission:
    /// <list type="number">
    /// <item>Roslyn gives each submission's compilation its own references plus all of the previous submission's,
    /// duplicates kept, in arrays and in a map sized to them: with the kernel's 31 references that is 31 more entries
    /// a cell, in every compilation the script chain keeps (500 cells: about 140 MB). The references carry over from
    /// the previous submission anyway, so once this first submission has been compiled the kernel's script options
    /// can hold none; a later #r or #r "nuget:" still adds its own.</item>
    /// <item>The language-services workspace adds a project per submission that references the previous one, and
    /// Roslyn's dependency graph keeps each project's transitive references: n²/2 entries (2,000 cells: 2 million,
    /// 112 MB). A middleware (public API) forgets the previous project after each command, so each new project
    /// stands alone; only completions and hover, which a batch run never asks for, used the chain.</item>
    /// </list>
    /// Both are private fields (CSharpKernel._scriptOptions, InteractiveWorkspace._previousSubmissionProjectId),
    /// looked up by name and type: a kernel version without them keeps today's growth, and the answer says so.
    /// </summary>
    public const string Memory = """
        ((System.Func<string>)(() =>
        {
            var flags = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic;
            var kernel = Microsoft.DotNet.Interactive.KernelInvocationContext.Current.HandlingKernel;
            var missing = new System.Collections.Generic.List<string>();
            try
            {
                var field = kernel.GetType().GetField("_scriptOptions", flags);
                var options = field?.GetValue(kernel);
                var reference = System.Type.GetType("Microsoft.CodeAnalysis.MetadataReference, Microsoft.CodeAnalysis");
                var with = options?.GetType().Name != "ScriptOptions" || reference == null ? null
                    : options.GetType().GetMethod("WithReferences", new[] { typeof(System.Collections.Generic.IEnumerable<>).MakeGenericType(reference) });
                if (with == null) missing.Add("no CSharpKernel._scriptOptions");
                else field.SetValue(kernel, with.Invoke(options, new object[] { System.Array.CreateInstance(reference, 0) }));
            }
            catch (System.Exception e) { missing.Add("script options: " + e.GetType().Name); }
            try
            {
                var workspace = kernel.GetType().GetField("_workspace", flags);
                var previous = workspace?.GetValue(kernel)?.GetType().GetField("_previousSubmissionProjectId", flags);
                if (previous == null || previous.FieldType.Name != "ProjectId") missing.Add("no InteractiveWorkspace._previousSubmissionProjectId");
                else kernel.AddMiddleware(async (command, context, next) =>
                {
                    await next(command, context);
                    try { if (workspace.GetValue(kernel) is object w) previous.SetValue(w, null); } catch (System.Exception) { }
                });
            }
            catch (System.Exception e) { missing.Add("workspace: " + e.GetType().Name); }
            return missing.Count == 0 ? "kit: memory per cell kept flat" : "kit: not applied: " + string.Join(", ", missing);
        }))()
        """;

    public const string Cell = NoKeyboard + "\n" + Memory;
}
