using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OrderKernel.Serialization;

namespace OrderKernel.Tests.Serialization;

/// <summary>Walks the kernel's JSON metadata from the source-generated context's root types, for convention tests.</summary>
internal static class JsonMetadata
{
    private static readonly Lazy<(Type[] Types, JsonTypeInfo[] Objects)> Walked = new(Walk);

    /// <summary>Every type the metadata reaches: roots, members, derived types, list items, dictionary keys and values.</summary>
    public static IReadOnlyList<Type> ReachableTypes() => Walked.Value.Types;

    /// <summary>The metadata of every reachable object type.</summary>
    public static IReadOnlyList<JsonTypeInfo> ReachableObjects() => Walked.Value.Objects;

    private static (Type[] Types, JsonTypeInfo[] Objects) Walk()
    {
        var roots = typeof(OrderKernelJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!);
        var seen = new HashSet<Type>();
        var objects = new List<JsonTypeInfo>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                pending.Push(underlying);
                continue;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                pending.Push(type.GetGenericArguments()[0]);
                continue;
            }

            JsonTypeInfo info;
            try
            {
                info = OrderKernelJson.Options.GetTypeInfo(type);
            }
            catch (NotSupportedException)
            {
                continue;
            }

            // Types read through a converter of their own (CustomerInfo, PaymentTerms) keep their members in the generated metadata.
            if (info.Converter.GetType() is { IsGenericType: true } c && c.GetGenericTypeDefinition() == typeof(ValidatedObjectConverter<>)
                && OrderKernelJsonContext.Default.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } generated)
            {
                info = generated;
            }

            foreach (var derived in info.PolymorphismOptions?.DerivedTypes ?? [])
            {
                pending.Push(derived.DerivedType);
            }

            switch (info.Kind)
            {
                case JsonTypeInfoKind.Object:
                    objects.Add(info);
                    foreach (var p in info.Properties)
                    {
                        pending.Push(p.PropertyType);
                    }

                    break;
                case JsonTypeInfoKind.Enumerable:
                    pending.Push(info.ElementType!);
                    break;
                case JsonTypeInfoKind.Dictionary:
                    pending.Push(info.KeyType!);
                    pending.Push(info.ElementType!);
                    break;
                default:
                    break;
            }
        }

        return ([.. seen.OrderBy(t => t.FullName, StringComparer.Ordinal)], [.. objects]);
    }
}
