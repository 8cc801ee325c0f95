using System.Text.RegularExpressions;
using OrderKernel.Kernel;
using OrderKernel.Tests.Lifecycle;
using Xunit;

namespace OrderKernel.Tests.Conventions;

/// <summary>The kernel knows no area (issue 21, part 1): checked on the source files and on the compiled types.</summary>
public class ModuleBoundaryTests
{
    private static readonly string Src = Path.Combine(StateMachineTests.RepoRoot(), "src", "OrderKernel");

    /// <summary>The folder of every type declared in src (namespaces are the user's view: three of them; folders are the modules).</summary>
    private static readonly Dictionary<string, string> FolderOfType = Directory.GetFiles(Src, "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
        .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"^(?:public|internal) (?:static |sealed |abstract |readonly |partial |record )*(?:class|record|struct|interface|enum) ([A-Z]\w*)", RegexOptions.Multiline)
            .Select(m => (Name: m.Groups[1].Value, Folder: Path.GetRelativePath(Src, Path.GetDirectoryName(f)!))))
        .GroupBy(x => x.Name)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Folder).Distinct().Single());

    /// <summary>The area folders: every folder that holds a module.</summary>
    private static readonly string[] AreaFolders = typeof(Order).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOrderModule).IsAssignableFrom(t))
        .Select(FolderOf)
        .Distinct()
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The compiled dependency graph of the kernel's assembly, built once for the tests that read it.</summary>
    private static readonly TypeGraph Graph = new(typeof(Order).Assembly);

    [Fact]
    public void EveryAreaFolder_HasOneModule()
    {
        Assert.Equal(
            ["AfterSales", "Cancellations", "ChangeRequests", "Contracts", "DelayPenalties", "Holds", "Intake", "OrderFile", "Payments", "Production", "Quotations", "Reviews", "ServiceLevels", "Settlements", "Shipments"],
            AreaFolders);
        Assert.Equal(AreaFolders.Length, StandardModules.All.Length);
    }

    [Fact]
    public void KernelSources_NameNoAreaType()
    {
        var files = Directory.GetFiles(Path.Combine(Src, "Kernel"), "*.cs");
        Assert.NotEmpty(files);
        var areaTypes = FolderOfType.Where(kv => AreaFolders.Contains(kv.Value)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Contains("namespace OrderKernel.Kernel;", text, StringComparison.Ordinal);
            var named = Regex.Matches(text, @"\b[A-Z]\w*\b").Select(m => m.Value).Where(areaTypes.Contains).Distinct().ToArray();
            Assert.True(named.Length == 0, $"{Path.GetFileName(file)} names area types: {string.Join(", ", named)}.");
        }
    }

    [Fact]
    public void KernelTypes_ReferenceNoAreaType()
    {
        var kernel = Graph.Types.Where(t => t.Namespace == "OrderKernel.Kernel").ToArray();
        Assert.Contains(typeof(DecisionPipeline), kernel);
        var offending = kernel
            .SelectMany(type => Graph.Edges[type].Where(u => AreaFolders.Contains(FolderOf(u))).Select(u => $"{type.Name} -> {u.FullName}"))
            .ToArray();
        Assert.Empty(offending);
    }

    [Fact]
    public void NoCycle_InvolvesTheKernel()
    {
        // The kernel depends on the shared vocabulary (Order, commands, events, policies); nothing it depends on depends
        // back on it: modules and the facades (OrderDecider, OrderLifecycle, OrderKernelOptions) sit above it.
        var graph = Graph;
        static bool IsKernel(Type t) => t.Namespace == "OrderKernel.Kernel";
        var cycles = graph.Cycles()
            .Where(c => c.Any(IsKernel) && !c.All(IsKernel))
            .Select(c => string.Join(", ", c.Select(t => t.Name).Order(StringComparer.Ordinal)))
            .ToArray();
        Assert.True(cycles.Length == 0, "Cycles through the kernel: " + string.Join(" | ", cycles));
        Assert.Contains(graph.Types, IsKernel);
    }

    [Fact]
    public void Areas_ReachOtherAreas_OnlyThroughTheDocumentedSeams()
    {
        var graph = Graph;
        var actual = graph.Types
            .Where(t => AreaFolders.Contains(FolderOf(t)))
            .SelectMany(t => graph.Edges[t].Select(u => (From: FolderOf(t), To: FolderOf(u))))
            .Where(e => e.From != e.To && AreaFolders.Contains(e.To))
            .Select(e => $"{e.From} -> {e.To}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        var documented = Regex.Matches(
                File.ReadAllText(Path.Combine(StateMachineTests.RepoRoot(), "docs", "developer", "architecture.md")),
                @"^\| (\w+) \| (\w+) \|", RegexOptions.Multiline)
            .Where(m => AreaFolders.Contains(m.Groups[1].Value))
            .Select(m => $"{m.Groups[1].Value} -> {m.Groups[2].Value}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        var undocumented = graph.Types
            .Where(t => AreaFolders.Contains(FolderOf(t)))
            .SelectMany(t => graph.Edges[t].Where(u => FolderOf(u) != FolderOf(t) && AreaFolders.Contains(FolderOf(u))).Select(u => (Edge: $"{FolderOf(t)} -> {FolderOf(u)}", Types: $"{t.Name} -> {u.Name}")))
            .Where(e => !documented.Contains(e.Edge))
            .Select(e => $"{e.Edge}: {e.Types}")
            .Order(StringComparer.Ordinal);
        Assert.True(
            documented.SequenceEqual(actual),
            $"Undocumented: {string.Join("; ", undocumented)}\nDocumented but gone: {string.Join("; ", documented.Except(actual))}");
    }

    /// <summary>The folder a compiled type was declared in (a nested or generated type: its outermost declaring type's).</summary>
    private static string FolderOf(Type t)
    {
        while (t.DeclaringType is { } outer)
        {
            t = outer;
        }

        var name = t.Name.Split('`')[0];
        return FolderOfType.TryGetValue(name, out var folder) ? folder : "(generated)";
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
}
