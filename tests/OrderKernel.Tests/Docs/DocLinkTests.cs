using System.Text.RegularExpressions;
using OrderKernel.Tests.Lifecycle;
using Xunit;

namespace OrderKernel.Tests.Docs;

public partial class DocLinkTests
{
    [Fact]
    public void EveryRelativeLinkInTheReadmeAndTheDocs_NamesAFileThatExists()
    {
        var root = StateMachineTests.RepoRoot();
        var pages = Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(root, "README.md"));
        var links = pages.SelectMany(page => Link().Matches(File.ReadAllText(page)).Select(m => (Page: page, Target: m.Groups[1].Value))).ToArray();
        Assert.Contains(links, l => l.Target == "developer/architecture.md");
        foreach (var (page, target) in links)
        {
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, target));
            Assert.True(File.Exists(path), $"{Path.GetRelativePath(root, page)} links to {target}, which does not exist.");
        }
    }

    // A markdown link to a relative .md file, without its #anchor.
    [GeneratedRegex(@"\]\((?!https?:)([^)#\s]+\.md)(?:#[^)]*)?\)")]
    private static partial Regex Link();
}
