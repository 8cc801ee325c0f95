using System.Reflection;
using System.Reflection.Emit;

namespace OrderKernel.Tests.Conventions;

/// <summary>
/// The compiled dependency graph of an assembly's types (nested and generic types folded into their outermost
/// definition): base types, interfaces, fields, properties, signatures, locals and every type, method or field the IL
/// names. Attributes are not edges (the JSON contract lists derived types on their base).
/// </summary>
internal sealed class TypeGraph
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static TypeGraph()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var op = (OpCode)field.GetValue(null)!;
            var value = (ushort)op.Value;
            if (value < 0x100)
            {
                OneByte[value] = op;
            }
            else if ((value & 0xff00) == 0xfe00)
            {
                TwoByte[value & 0xff] = op;
            }
        }
    }

    public TypeGraph(Assembly assembly)
    {
        Types = assembly.GetTypes().Select(Outer).Distinct().ToArray();
        Edges = Types.ToDictionary(t => t, _ => new HashSet<Type>());
        foreach (var raw in assembly.GetTypes())
        {
            var from = Outer(raw);
            foreach (var used in Used(raw).SelectMany(Flatten))
            {
                if (used.Assembly == assembly && !used.IsGenericParameter && Outer(used) is var to && to != from && Edges.ContainsKey(to))
                {
                    Edges[from].Add(to);
                }
            }
        }
    }

    public Type[] Types { get; }

    public Dictionary<Type, HashSet<Type>> Edges { get; }

    /// <summary>The strongly connected components with more than one type (Tarjan).</summary>
    public List<Type[]> Cycles()
    {
        var index = new Dictionary<Type, int>();
        var low = new Dictionary<Type, int>();
        var stack = new Stack<Type>();
        var onStack = new HashSet<Type>();
        var result = new List<Type[]>();
        var next = 0;
        void Visit(Type v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Edges[v])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<Type>();
                Type x;
                do
                {
                    x = stack.Pop();
                    onStack.Remove(x);
                    component.Add(x);
                }
                while (x != v);
                if (component.Count > 1)
                {
                    result.Add([.. component]);
                }
            }
        }

        foreach (var t in Types.Where(t => !index.ContainsKey(t)))
        {
            Visit(t);
        }

        return result;
    }

    public static Type Outer(Type t)
    {
        while (t.DeclaringType is { } outer)
        {
            t = outer;
        }

        return t.IsGenericType && !t.IsGenericTypeDefinition ? t.GetGenericTypeDefinition() : t;
    }

    private static IEnumerable<Type> Flatten(Type t)
    {
        yield return t;
        if (t.HasElementType)
        {
            foreach (var e in Flatten(t.GetElementType()!))
            {
                yield return e;
            }
        }

        if (t.IsGenericType)
        {
            foreach (var a in t.GetGenericArguments().SelectMany(Flatten))
            {
                yield return a;
            }
        }
    }

    private static IEnumerable<Type> Used(Type type)
    {
        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        if (type.BaseType is { } b)
        {
            yield return b;
        }

        foreach (var f in type.GetFields(All))
        {
            yield return f.FieldType;
        }

        foreach (var p in type.GetProperties(All))
        {
            yield return p.PropertyType;
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            foreach (var p in method.GetParameters())
            {
                yield return p.ParameterType;
            }

            if (method is MethodInfo mi)
            {
                yield return mi.ReturnType;
            }

            if (method.GetMethodBody() is not { } body)
            {
                continue;
            }

            foreach (var l in body.LocalVariables)
            {
                yield return l.LocalType;
            }

            foreach (var t in Named(type, method, body.GetILAsByteArray()!))
            {
                yield return t;
            }
        }
    }

    /// <summary>The types the IL names: tokens of types, methods and fields (with their declaring types and signatures).</summary>
    private static IEnumerable<Type> Named(Type type, MethodBase method, byte[] il)
    {
        var i = 0;
        while (i < il.Length)
        {
            OpCode op;
            if (il[i] == 0xfe)
            {
                op = TwoByte[il[i + 1]];
                i += 2;
            }
            else
            {
                op = OneByte[il[i]];
                i++;
            }

            var size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = type.Module.ResolveMember(
                    BitConverter.ToInt32(il, i),
                    type.IsGenericType ? type.GetGenericArguments() : null,
                    method.IsGenericMethod ? method.GetGenericArguments() : null);
                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case MethodInfo m:
                        yield return m.DeclaringType!;
                        yield return m.ReturnType;
                        foreach (var a in m.IsGenericMethod ? m.GetGenericArguments() : [])
                        {
                            yield return a;
                        }

                        break;
                    case FieldInfo f:
                        yield return f.DeclaringType!;
                        yield return f.FieldType;
                        break;
                    case MemberInfo m when m.DeclaringType is { } declaring:
                        yield return declaring;
                        break;
                }
            }

            i += size;
        }
    }
}
