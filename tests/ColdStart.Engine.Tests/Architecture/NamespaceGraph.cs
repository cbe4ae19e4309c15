using System.Reflection;
using System.Reflection.Emit;

namespace ColdStart.Engine.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which others, read from the compiled types: base types, interfaces, fields,
/// properties, signatures, generic arguments and constraints, and every type, method and field a method body refers to
/// (its IL tokens, so <c>new ProfileBuilder(this)</c> inside a constructor counts). Compiler-generated closures and
/// state machines are nested types and so count for the namespace of the type that declares them. Documentation
/// comments do not count: they do not reach the assembly. A namespace below a module counts as the module
/// (<c>Prefix.Text.Onnx</c> is part of <c>Prefix.Text</c>): a module's inner folders may use each other.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
        BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly string _prefix;
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph(string prefix) => _prefix = prefix;

    /// <summary>Namespace → the namespaces it uses, each with one example "Type → Type" that makes the edge.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Edges => _edges;

    /// <summary>The graph of the namespaces of <paramref name="assembly"/> that start with <paramref name="prefix"/>.</summary>
    public static NamespaceGraph Of(Assembly assembly, string prefix)
    {
        var graph = new NamespaceGraph(prefix);
        foreach (var type in assembly.GetTypes())
        {
            if (type.Namespace is not { } ns || !graph.Owns(ns)) continue;
            graph.AddType(type);
            _ = graph.Node(graph.Module(ns));
        }
        return graph;
    }

    /// <summary>Every set of two or more namespaces that reach each other (Tarjan's strongly connected components), sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<IReadOnlyList<string>>();
        int counter = 0;

        void Visit(string v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in _edges[v].Keys)
            {
                if (index.TryGetValue(w, out int reached))
                {
                    if (onStack.Contains(w)) low[v] = Math.Min(low[v], reached);
                }
                else
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != v);
            if (component.Count > 1) result.Add([.. component.Order(StringComparer.Ordinal)]);
        }

        foreach (var v in _edges.Keys.Order(StringComparer.Ordinal).ToList())
            if (!index.ContainsKey(v)) Visit(v);
        return result;
    }

    /// <summary>The edges inside <paramref name="cycle"/>, one line each, for a failure message.</summary>
    public IEnumerable<string> Describe(IReadOnlyList<string> cycle) =>
        from source in cycle
        from edge in _edges[source]
        where cycle.Contains(edge.Key)
        select $"{source} → {edge.Key} (e.g. {edge.Value})";

    private bool Owns(string ns) => ns == _prefix || ns.StartsWith(_prefix + ".", StringComparison.Ordinal);

    /// <summary>The prefix and the first name after it: the module a namespace belongs to.</summary>
    private string Module(string ns)
    {
        if (ns.Length == _prefix.Length) return ns;
        int end = ns.IndexOf('.', _prefix.Length + 1);
        return end < 0 ? ns : ns[..end];
    }

    private Dictionary<string, string> Node(string ns)
    {
        if (!_edges.TryGetValue(ns, out var targets)) _edges[ns] = targets = new(StringComparer.Ordinal);
        return targets;
    }

    private void AddType(Type type)
    {
        Use(type, type.BaseType);
        foreach (var i in type.GetInterfaces()) Use(type, i);
        if (type.IsGenericTypeDefinition)
            foreach (var p in type.GetGenericArguments()) foreach (var c in p.GetGenericParameterConstraints()) Use(type, c);
        foreach (var field in type.GetFields(Declared)) Use(type, field.FieldType);
        foreach (var property in type.GetProperties(Declared)) Use(type, property.PropertyType);
        foreach (var e in type.GetEvents(Declared)) Use(type, e.EventHandlerType);
        foreach (var method in type.GetMethods(Declared)) AddMethod(type, method, method.ReturnType);
        foreach (var constructor in type.GetConstructors(Declared)) AddMethod(type, constructor, null);
    }

    private void AddMethod(Type type, MethodBase method, Type? returns)
    {
        Use(type, returns);
        foreach (var p in method.GetParameters()) Use(type, p.ParameterType);
        var body = method.GetMethodBody();
        if (body is null) return;
        foreach (var local in body.LocalVariables) Use(type, local.LocalType);
        foreach (var clause in body.ExceptionHandlingClauses)
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause) Use(type, clause.CatchType);
        var il = body.GetILAsByteArray();
        if (il is null) return;
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (int token in Tokens(il)) UseMember(type, method.Module.ResolveMember(token, typeArguments, methodArguments));
    }

    private void UseMember(Type user, MemberInfo? member)
    {
        switch (member)
        {
            case Type t:
                Use(user, t);
                break;
            case FieldInfo f:
                Use(user, f.DeclaringType);
                Use(user, f.FieldType);
                break;
            case MethodInfo m:
                Use(user, m.DeclaringType);
                Use(user, m.ReturnType);
                foreach (var a in m.IsGenericMethod ? m.GetGenericArguments() : []) Use(user, a);
                foreach (var p in m.GetParameters()) Use(user, p.ParameterType);
                break;
            case ConstructorInfo c:
                Use(user, c.DeclaringType);
                foreach (var p in c.GetParameters()) Use(user, p.ParameterType);
                break;
        }
    }

    /// <summary>Records that <paramref name="user"/>'s namespace uses <paramref name="used"/>'s (and its element and generic argument types').</summary>
    private void Use(Type user, Type? used)
    {
        if (used is null || used.IsGenericParameter) return;
        if (used.HasElementType) { Use(user, used.GetElementType()); return; }
        if (used.IsGenericType && !used.IsGenericTypeDefinition)
            foreach (var a in used.GetGenericArguments()) Use(user, a);
        if (used.Namespace is not { } target || !Owns(target)) return;
        string from = Module(user.Namespace!), to = Module(target);
        if (from != to) Node(from).TryAdd(to, $"{Name(user)} → {Name(used)}");
    }

    private static string Name(Type type) => type.DeclaringType is { } outer && type.Name.StartsWith('<') ? Name(outer) : type.Name;

    /// <summary>The metadata tokens (type, method, field, ldtoken) in a method body's IL.</summary>
    private static IEnumerable<int> Tokens(byte[] il)
    {
        int position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE) value = (short)(0xFE00 | il[position++]);
            if (!OpCodesByValue.TryGetValue(value, out var opCode))
                throw new InvalidOperationException($"Unknown IL opcode 0x{value:X} at offset {position}.");
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, position);
                    position += 4;
                    break;
                case OperandType.InlineSwitch:
                    position += 4 + 4 * BitConverter.ToInt32(il, position);
                    break;
                default:
                    position += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4, // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
    };
}
