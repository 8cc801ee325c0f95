using System.IO.Compression;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OrderKernel;
using OrderKernel.Policies;
using OrderKernel.Testing;

// 1. The kit package's contents: the DLL, its XML docs, the README, the license expression and the symbols package.
var nupkg = args.Length == 1 ? args[0] : throw new ArgumentException("usage: OrderKernel.Testing.Consumer <path to OrderKernel.Testing.nupkg>");
using (var zip = ZipFile.OpenRead(nupkg))
{
    foreach (var entry in new[] { "lib/net10.0/OrderKernel.Testing.dll", "lib/net10.0/OrderKernel.Testing.xml", "README.md", "OrderKernel.Testing.nuspec" })
    {
        if (zip.GetEntry(entry) is null)
        {
            Console.Error.WriteLine($"FAIL: the package has no {entry}");
            return 1;
        }
    }

    using var nuspec = new StreamReader(zip.GetEntry("OrderKernel.Testing.nuspec")!.Open());
    var text = nuspec.ReadToEnd();
    if (!text.Contains("<license type=\"expression\">MIT</license>", StringComparison.Ordinal) || !text.Contains("<readme>README.md</readme>", StringComparison.Ordinal)
        || !text.Contains("id=\"OrderKernel\"", StringComparison.Ordinal) || !text.Contains("id=\"FsCheck\"", StringComparison.Ordinal))
    {
        Console.Error.WriteLine("FAIL: the nuspec lacks the MIT license expression, the readme, or its dependencies on OrderKernel and FsCheck");
        return 1;
    }
}

if (!File.Exists(Path.ChangeExtension(nupkg, ".snupkg")))
{
    Console.Error.WriteLine("FAIL: no symbols package next to the kit package");
    return 1;
}

// 2. One line to an order in a given status.
var inspected = OrderScenario.Default.UpTo(OrderStatus.Inspected);
Console.WriteLine($"scenario: {inspected.State.Status} after {inspected.Events.Count} events");

// 3. A property over random sequences: a custom guard on a transition and a custom acceptance policy keep the invariants.
// <keeps-the-invariants>
var options = OrderKernelOptions.Default.WithGuard(
    CommandKind.ReleaseToProduction, OrderStatus.ReadyForProduction, OrderStatus.InProduction,
    "line-capacity", "At most ten lines go to the line at once.", "PLANT-3",
    (order, _) => order.Lines.Count <= 10 ? null : Violation.Of("plant-capacity", "Too many lines.", "PLANT-3"));
var configured = OrderSequences.Default with
{
    Options = options,
    Policies = OrderPolicies.Default with { Acceptance = new NoSmallOrderSurcharge() },
};
Prop.ForAll(configured.Arbitrary(), steps =>
{
    foreach (var step in configured.Run(steps))
    {
        OrderInvariants.Check(step);
    }
}).QuickCheckThrowOnFailure();
// </keeps-the-invariants>
Console.WriteLine("invariants: kept with a custom guard and acceptance policy");

// 4. A wrong policy (it lets goods leave unpaid) is caught, with a shrunk sequence and the seed that replays it.
// <caught>
var unsafeShipping = OrderSequences.Default with
{
    Policies = OrderPolicies.Default with { ShipmentRelease = new ShipWhateverIsUnpaid() },
};
var found = PropertyCheck.Falsify(unsafeShipping.Arbitrary(), steps =>
{
    foreach (var step in unsafeShipping.Run(steps))
    {
        OrderInvariants.Check(step);
    }
}, maxTest: 300);
// </caught>
if (found is null || found.Shrunk.Length > 30 || !found.Message.Contains("unpaid", StringComparison.Ordinal))
{
    Console.Error.WriteLine($"FAIL: the wrong shipment policy was not caught with a small counterexample: {found?.Report}");
    return 1;
}

Console.WriteLine($"caught: {found.Shrunk.Length} steps (from {found.Original.Length}), replay {found.Replay}");
Console.WriteLine("OK");
return 0;

// <policies>
/// <summary>Every order on normal terms: no small-order surcharge.</summary>
internal sealed class NoSmallOrderSurcharge : IAcceptancePolicy
{
    public AcceptanceDecision Assess(AcceptanceInput input) => new(AcceptanceOutcome.Accept, Percentage.Zero, 0, "Normal terms for every order.");
}

/// <summary>Wrong on purpose: lets goods leave whatever is unpaid.</summary>
internal sealed class ShipWhateverIsUnpaid : IShipmentReleasePolicy
{
    public ValueList<Violation> Check(Order order, Instant now) => default;
}
// </policies>
