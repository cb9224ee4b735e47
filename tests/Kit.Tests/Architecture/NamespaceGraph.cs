using System.Reflection;
using System.Reflection.Emit;

namespace Kit.Tests.Architecture;

/// <summary>
/// Which Kit.* domain (namespace one level below Kit) uses which, read from the compiled assembly: base types, interfaces, fields, properties,
/// method signatures, attributes, and every type, method and field a method body names (its IL tokens).
/// </summary>
public sealed class NamespaceGraph
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Dictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    /// <summary>domain → (domain it uses → one example "Type uses Type", so a failure says where to look).</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, string>> Edges => _edges;

    public static NamespaceGraph Of(Assembly assembly, string rootNamespace)
    {
        var graph = new NamespaceGraph();
        foreach (var type in assembly.GetTypes())
        {
            string? from = DomainOf(type, rootNamespace);
            if (from is null) continue;
            graph._edges.TryAdd(from, new SortedDictionary<string, string>(StringComparer.Ordinal));
            foreach (var used in UsedTypes(type))
            {
                string? to = DomainOf(used, rootNamespace);
                if (to is null || to == from) continue;
                graph._edges[from].TryAdd(to, $"{Outermost(type).Name} uses {Outermost(used).Name}");
            }
        }
        return graph;
    }

    /// <summary>Each set of domains that reach one another (Tarjan's strongly connected components of size ≥ 2), names sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<IReadOnlyList<string>>();
        int next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Targets(v))
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != v);
            if (component.Count > 1) components.Add(component.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var v in _edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(v)) Visit(v);
        return components.OrderBy(c => c[0], StringComparer.Ordinal).ToList();
    }

    /// <summary>The uses inside one cycle, two-way pairs first (A ↔ B), each with one example, so a failure says what to move.</summary>
    public IEnumerable<string> Describe(IReadOnlyList<string> cycle)
    {
        var members = cycle.ToHashSet(StringComparer.Ordinal);
        var edges = cycle.SelectMany(a => Targets(a).Where(members.Contains).Select(b => (a, b))).ToList();
        var twoWay = edges.Where(e => string.CompareOrdinal(e.a, e.b) < 0 && _edges[e.b].ContainsKey(e.a)).ToList();
        yield return $"cycle among {string.Join(", ", cycle)}: {twoWay.Count} two-way pair(s), {edges.Count} use(s)";
        foreach (var (a, b) in twoWay)
            yield return $"    {a} ↔ {b}: {_edges[a][b]}; {_edges[b][a]}";
        foreach (var (a, b) in edges.Where(e => !twoWay.Contains(e) && !twoWay.Contains((e.b, e.a))))
            yield return $"    {a} → {b}: {_edges[a][b]}";
    }

    /// <summary>The domains in layers, lowest first: each uses only domains of lower layers (meaningful when there is no cycle).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Layers()
    {
        var layer = new Dictionary<string, int>(StringComparer.Ordinal);
        int Depth(string v, HashSet<string> path)
        {
            if (layer.TryGetValue(v, out int known)) return known;
            if (!path.Add(v)) return 0;
            int depth = Targets(v).Select(w => Depth(w, path) + 1).DefaultIfEmpty(0).Max();
            path.Remove(v);
            return layer[v] = depth;
        }
        foreach (var v in _edges.Keys) Depth(v, new HashSet<string>(StringComparer.Ordinal));
        return layer.GroupBy(p => p.Value).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<string>)g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList()).ToList();
    }

    public IEnumerable<string> Targets(string v) => _edges.TryGetValue(v, out var t) ? t.Keys : [];

    /// <summary>
    /// The domain a type belongs to: its namespace cut to one segment below the root (Kit.Actors.Discovery is part of
    /// Kit.Actors, as its folder is). Compiler-made types (closures, iterators) count as the type that holds them.
    /// </summary>
    private static string? DomainOf(Type type, string root)
    {
        string? ns = Outermost(type).Namespace;
        if (ns is null || !ns.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        int dot = ns.IndexOf('.', root.Length + 1);
        return dot < 0 ? ns : ns[..dot];
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } d) type = d;
        return type;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<Type>();
        if (type.BaseType is { } b) found.Add(b);
        found.AddRange(type.GetInterfaces());
        found.AddRange(Attributes(type.CustomAttributes));
        foreach (var f in type.GetFields(all)) { found.Add(f.FieldType); found.AddRange(Attributes(f.CustomAttributes)); }
        foreach (var p in type.GetProperties(all)) { found.Add(p.PropertyType); found.AddRange(Attributes(p.CustomAttributes)); }
        foreach (var e in type.GetEvents(all)) if (e.EventHandlerType is { } h) found.Add(h);
        foreach (var m in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (m is MethodInfo mi) found.Add(mi.ReturnType);
            found.AddRange(m.GetParameters().Select(p => p.ParameterType));
            found.AddRange(Attributes(m.CustomAttributes));
            if (m.IsGenericMethodDefinition) found.AddRange(m.GetGenericArguments().SelectMany(g => g.GetGenericParameterConstraints()));
            var body = m.GetMethodBody();
            if (body is null) continue;
            found.AddRange(body.LocalVariables.Select(l => l.LocalType));
            found.AddRange(body.ExceptionHandlingClauses.Where(c => c.Flags == ExceptionHandlingClauseOptions.Clause).Select(c => c.CatchType!));
            found.AddRange(BodyTypes(m, body));
        }
        return found.SelectMany(Expand);
    }

    private static IEnumerable<Type> Attributes(IEnumerable<CustomAttributeData> attributes) =>
        attributes.SelectMany(a => a.ConstructorArguments.Select(c => c.Value).OfType<Type>().Prepend(a.AttributeType));

    /// <summary>The types behind every metadata token in the IL: newobj, call, ldfld, castclass, ldtoken and the rest.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method, MethodBody body)
    {
        var il = body.GetILAsByteArray() ?? [];
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                    if (member is Type t) yield return t;
                    else if (member is not null)
                    {
                        if (member.DeclaringType is { } owner) yield return owner;
                        if (member is FieldInfo f) yield return f.FieldType;
                        if (member is MethodInfo mi) { yield return mi.ReturnType; foreach (var g in mi.IsGenericMethod ? mi.GetGenericArguments() : []) yield return g; }
                        if (member is MethodBase mb) foreach (var p in mb.GetParameters()) yield return p.ParameterType;
                    }
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                default:
                    i += OperandSize(op.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    /// <summary>Arrays, pointers, by-refs and generic arguments: List&lt;Actor&gt; uses Kit.Actors too.</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null || type.IsGenericParameter) yield break;
        if (type.HasElementType) { foreach (var e in Expand(type.GetElementType())) yield return e; yield break; }
        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
            foreach (var a in type.GetGenericArguments())
                foreach (var e in Expand(a)) yield return e;
    }
}
