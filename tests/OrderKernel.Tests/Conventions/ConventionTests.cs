using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using OrderKernel.Policies;
using OrderKernel.Tests.Lifecycle;
using Xunit;

namespace OrderKernel.Tests.Conventions;

/// <summary>Conventions checked by reflection, in the style of NodaTime's tests (issue 11).</summary>
public class ConventionTests
{
    // Without the compiler's unspeakable grouping types of C# 14 extension blocks (DecisionResults+<G>$…), which are
    // public in metadata but not part of the surface: their members are documented on the block and the static methods.
    private static readonly Type[] PublicTypes = typeof(Order).Assembly.GetExportedTypes().Where(t => !t.Name.StartsWith('<')).ToArray();

    private static string Docs(params string[] files) =>
        string.Join("\n", files.Select(f => File.ReadAllText(Path.Combine(StateMachineTests.RepoRoot(), "docs", f))));

    [Fact]
    public void EveryPublicClass_IsSealedAbstractOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToArray();
        Assert.Empty(open);
    }

    [Fact]
    public void NoPublicType_HasAPublicSetter_OtherThanInit()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();
        Assert.Empty(setters);
    }

    [Fact]
    public void NoPublicType_ExposesAMutableCollection()
    {
        static bool Mutable(Type t) =>
            t.IsArray || (t.IsGenericType && t.GetGenericTypeDefinition() is var d && (d == typeof(List<>) || d == typeof(Dictionary<,>) || d == typeof(HashSet<>) || d == typeof(IList<>) || d == typeof(ICollection<>) || d == typeof(IDictionary<,>)))
            || t == typeof(ArrayList);
        var exposed = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => Mutable(p.PropertyType))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();
        Assert.Empty(exposed);
    }

    [Fact]
    public void EveryPublicType_IsDocumented()
    {
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OrderKernel.xml"));
        var undocumented = PublicTypes.Where(t => !xml.Contains($"\"T:{t.FullName!.Replace('+', '.')}\"", StringComparison.Ordinal)).Select(t => t.FullName).ToArray();
        Assert.Empty(undocumented);
    }

    [Fact]
    public void EveryCommandKind_HasAnAuthorizationRule_ATransition_AGoldenFile_AndADocsMention()
    {
        var allowed = Enum.GetValues<CommandKind>().ToDictionary(k => k, k => OrderDecider.Permission(k).DeclaredRoles);
        var docs = Docs("authorization.md");
        var golden = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "commands")).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        var discriminators = typeof(OrderCommand).GetCustomAttributes<System.Text.Json.Serialization.JsonDerivedTypeAttribute>()
            .ToDictionary(a => ((OrderCommand)RuntimeHelpers.GetUninitializedObject(a.DerivedType)).Kind, a => (string)a.TypeDiscriminator!);
        foreach (var kind in Enum.GetValues<CommandKind>())
        {
            Assert.True(allowed.TryGetValue(kind, out var roles) && !roles.IsEmpty, $"{kind} has no authorization rule");
            Assert.Contains(OrderLifecycle.Definition.Transitions, t => t.Trigger == kind);
            Assert.True(discriminators.TryGetValue(kind, out var d) && golden.Contains(d), $"{kind} has no golden JSON file");
            Assert.True(docs.Contains(kind.ToString(), StringComparison.Ordinal), $"{kind} is not mentioned in docs/authorization.md");
        }
    }

    [Fact]
    public void EveryRejectionCode_IsUnique_AndListedInTheDocs()
    {
        var codes = typeof(ViolationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        var docs = Docs("rejection-codes.md");
        Assert.All(codes, c => Assert.Contains($"`{c}`", docs, StringComparison.Ordinal));
    }
}
