using System.Reflection;
using System.Text.RegularExpressions;
using OrderKernel.Kernel;
using OrderKernel.Orders;
using OrderKernel.Tests.Lifecycle;
using Xunit;

namespace OrderKernel.Tests.Conventions;

/// <summary>The kernel knows no area (issue 21, part 1): checked on the source files and on the compiled types.</summary>
public class ModuleBoundaryTests
{
    private static readonly string Src = Path.Combine(StateMachineTests.RepoRoot(), "src", "OrderKernel");

    /// <summary>The namespaces of the area modules: every namespace that holds a module.</summary>
    private static readonly string[] AreaNamespaces = typeof(Order).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOrderModule).IsAssignableFrom(t))
        .Select(t => t.Namespace!)
        .Distinct()
        .Order()
        .ToArray();

    [Fact]
    public void EveryAreaFolder_HasOneModule()
    {
        Assert.Equal(
            ["Cancellations", "ChangeRequests", "Contracts", "DelayPenalties", "Holds", "Intake", "Payments", "Production", "Quotations", "Reviews", "ServiceLevels", "Settlements", "Shipments"],
            AreaNamespaces.Select(n => n["OrderKernel.".Length..]));
        Assert.Equal(AreaNamespaces.Length, StandardModules.All.Length);
    }

    [Fact]
    public void KernelSources_ImportNoAreaNamespace()
    {
        var files = Directory.GetFiles(Path.Combine(Src, "Kernel"), "*.cs");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Contains("namespace OrderKernel.Kernel;", text, StringComparison.Ordinal);
            foreach (var area in AreaNamespaces)
            {
                // Neither a using line nor a qualified name (OrderKernel.Shipments.Ship) nor a global using alias.
                Assert.False(Regex.IsMatch(text, $@"\b{Regex.Escape(area)}\b"), $"{Path.GetFileName(file)} refers to the area namespace {area}.");
            }
        }
    }

    [Fact]
    public void KernelTypes_ReferenceNoAreaType()
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var kernel = typeof(Order).Assembly.GetTypes().Where(t => t.Namespace == "OrderKernel.Kernel").ToArray();
        Assert.Contains(typeof(DecisionPipeline), kernel);
        var offending = new List<string>();
        foreach (var type in kernel)
        {
            var used = new List<Type>();
            used.AddRange(type.GetInterfaces());
            if (type.BaseType is { } b)
            {
                used.Add(b);
            }

            used.AddRange(type.GetFields(All).Select(f => f.FieldType));
            used.AddRange(type.GetProperties(All).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                used.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo mi)
                {
                    used.Add(mi.ReturnType);
                }

                if (method.GetMethodBody() is { } body)
                {
                    used.AddRange(body.LocalVariables.Select(l => l.LocalType));
                }
            }

            foreach (var t in used.SelectMany(Flatten))
            {
                if (t.Namespace is { } ns && AreaNamespaces.Contains(ns))
                {
                    offending.Add($"{type.Name} -> {t.FullName}");
                }
            }
        }

        Assert.Empty(offending);
    }

    [Fact]
    public void OnlyTheRegistry_ListsCommands_NoSrcFileSwitchesOverEveryKind()
    {
        // A hand-written list of all commands would name the first and the last kind; only the registry may hold them all.
        var listing = Directory.GetFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) is var text && text.Contains("CommandKind.ReceiveOrder", StringComparison.Ordinal) && text.Contains("CommandKind.CloseOrder", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToArray();
        Assert.Empty(listing);
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
}
