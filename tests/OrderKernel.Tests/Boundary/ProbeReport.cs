using System.Globalization;
using System.Text;

namespace OrderKernel.Tests.Boundary;

/// <summary>Runs probes and writes the failing ones as a checklist grouped by the defect classes.</summary>
internal static class ProbeReport
{
    private static readonly string[] Classes =
    [
        string.Empty,
        "1. Values that brick an order later (ranges)",
        "2. Idempotency (and authorization before it)",
        "3. Snapshots that read but are not orders",
        "4. Lenient text",
        "5. Event streams",
        "6. Default and degenerate values",
        "7. Sizes",
        "8. Segregation of duties",
        "9. Personal data",
        "10. Wrong results",
    ];

    public static string Markdown(IEnumerable<Probe> probes)
    {
        var all = probes.ToList();
        var failures = new List<(Probe Probe, string Step, string Exception, string Message)>();
        foreach (var p in all)
        {
            if (p.Failure(out _) is { } f)
            {
                failures.Add((p, f.Step, f.Exception, f.Message));
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{failures.Count} of {all.Count} probes fail.");
        sb.AppendLine();
        foreach (var group in failures.GroupBy(f => f.Probe.DefectClass).OrderBy(g => g.Key))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"### {Classes[group.Key]} — {group.Count()} failing");
            sb.AppendLine();
            foreach (var f in group.OrderBy(f => f.Probe.Name, StringComparer.Ordinal))
            {
                var message = f.Message.ReplaceLineEndings(" ");
                if (message.Length > 220)
                {
                    message = message[..220] + "…";
                }

                sb.AppendLine(CultureInfo.InvariantCulture, $"- [ ] `{f.Probe.Name}` (expect {f.Probe.Expect}) — step «{f.Step}», {f.Exception}: {message}");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }
}
