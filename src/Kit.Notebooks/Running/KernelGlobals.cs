namespace Kit.Notebooks.Running;

/// <summary>
/// What a cell can call beyond C# itself, as in the real kernel's <c>using static Microsoft.DotNet.Interactive.Kernel</c>:
/// <c>display(value)</c> shows a value as an output of the running cell.
/// </summary>
public sealed class KernelGlobals
{
    internal CellContext? Current { get; set; }

#pragma warning disable IDE1006 // the kernel's own name is lower case
    public DisplayedValue display(object? value, params string[] mimeTypes)
#pragma warning restore IDE1006
    {
        var context = Current ?? throw new InvalidOperationException("display() can only be called while a cell runs.");
        return context.Display(value, mimeTypes);
    }
}

/// <summary>A displayed output that a later call can replace, like the kernel's DisplayedValue.</summary>
public sealed class DisplayedValue
{
    private readonly CellContext _context;
    private readonly int _index;

    internal DisplayedValue(CellContext context, int index)
    {
        _context = context;
        _index = index;
    }

    public void Update(object? value) => _context.Replace(_index, value);
}
