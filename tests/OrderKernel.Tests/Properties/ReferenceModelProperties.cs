using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Properties;

/// <summary>
/// Model-based testing (issue 11): random sequences of up to 50 commands from random actors at increasing instants
/// (<see cref="LifecycleProperties.Sequences"/>), each step checked against a small reference model of the order built
/// only from the commands accepted and the events they produced — never from the kernel's state.
/// </summary>
/// <remarks>
/// FsCheck shrinks a failing sequence (fewer, simpler steps) and prints the seed; to re-run exactly that case, put it in
/// the attribute: <c>[Property(MaxTest = 500, Replay = "(seed1,seed2)")]</c> (see docs/developer/quality.md).
/// </remarks>
public class ReferenceModelProperties
{
    /// <summary>What the model knows: counted from accepted commands and their events.</summary>
    private sealed record Model(OrderStatus Status, long Version, decimal Paid, decimal Refunded, int Payments, int Shipments, bool OnHold)
    {
        public static readonly Model Initial = new(OrderStatus.Draft, 0, 0m, 0m, 0, 0, false);

        public Model After(OrderCommand command, Accepted accepted)
        {
            var next = this with { Version = Version + accepted.Events.Count, Status = accepted.State.Status };
            next = command switch
            {
                ConfirmPayment c => next with { Paid = next.Paid + c.Amount.Amount, Payments = next.Payments + 1 },
                RecordRefund c => next with { Refunded = next.Refunded + c.Amount.Amount },
                Ship => next with { Shipments = next.Shipments + 1 },
                _ => next,
            };

            foreach (var e in accepted.Events)
            {
                next = e switch
                {
                    HoldPlaced => next with { OnHold = true },
                    HoldReleased or OrderCancelled => next with { OnHold = false },
                    _ => next,
                };
            }

            return next;
        }
    }

    [Property(MaxTest = 500)]
    public Property EveryStep_AgreesWithTheReferenceModel() =>
        Prop.ForAll(LifecycleProperties.Sequences(), steps =>
        {
            var model = Model.Initial;
            foreach (var (before, command, result, s) in LifecycleProperties.Run(steps))
            {
                var from = before?.Status ?? OrderStatus.Draft;
                CheckUnauthorizedChangesNothing(before, command, s);
                if (model.Status == OrderStatus.Closed)
                {
                    // only its file and its after-sales go on, and it stays closed (R45, R46)
                    Assert.True(result.IsT1 || (LifecycleProperties.AfterClosing.Contains(command.Kind) && result.AsT0.State.Status == OrderStatus.Closed), $"{command.Kind} was accepted on a closed order");
                }

                if (result.TryPickT0(out var accepted, out var rejected))
                {
                    if (accepted.IsDuplicate)
                    {
                        Assert.Empty(accepted.Events);
                        Assert.Same(before, accepted.State);
                        continue;
                    }

                    // The state is one the transition table allows from where it was.
                    var targets = OrderLifecycle.Definition.From(from, command.Kind).ToArray().Select(t => t.To).ToArray();
                    Assert.Contains(accepted.State.Status, targets);
                    if (command is Ship)
                    {
                        CheckShipmentWasReleased(before!, s.Now);
                    }

                    model = model.After(command, accepted);
                }
                else
                {
                    Assert.NotEmpty(rejected.Violations);
                    Assert.Same(before, s.State);
                }

                CheckState(model, s);
            }
        });

    private static void CheckState(Model model, Scenario s)
    {
        Assert.Equal(model.Version, s.Events.Count);
        if (s.State is not { } state)
        {
            Assert.Equal(0, model.Version);
            return;
        }

        // Version counts events; status, payments, shipments and holds are what the model says.
        Assert.Equal(model.Version, state.Version);
        Assert.Equal(model.Status, state.Status);
        Assert.Equal(model.Payments, state.Payments.Count);
        Assert.Equal(model.Shipments, state.Shipments.Count);
        Assert.Equal(model.OnHold, state.Hold is not null);

        // Money is conserved: what was paid and refunded is exactly what the model counted, the statement shows each
        // payment and refund once, and the amount due is the charges (contract, changes, true-up, penalty, cancellation,
        // credit notes) less what was paid net of refunds.
        Assert.Equal(model.Paid - model.Refunded, state.TotalPaid.Amount);
        var statement = Settlement.Statement(state, s.Policies);
        var payments = Sum(statement, "payment-confirmed.v1");
        var refunds = Sum(statement, "refund-recorded.v1");
        Assert.Equal(-model.Paid, payments);
        Assert.Equal(model.Refunded, refunds);
        var charges = statement.Lines.Sum(l => l.Amount.Amount) - payments - refunds;
        Assert.Equal(charges - (model.Paid - model.Refunded), statement.AmountDue.Amount);

        // The state passes the integrity check snapshots pass; replay of the events is the state, and so is a JSON round trip of it.
        Assert.Empty(OrderIntegrity.Check(state));
        Assert.Equal(state, OrderDecider.Replay(s.Events));
        Assert.Equal(state, OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(state)).AsT0);
    }

    private static decimal Sum(SettlementStatement statement, string source) =>
        statement.Lines.Where(l => l.Sources.Any(x => x.StartsWith(source, StringComparison.Ordinal))).Sum(l => l.Amount.Amount);

    /// <summary>An actor without the role refuses with the authorization code, whatever the state: nothing is decided.</summary>
    private static void CheckUnauthorizedChangesNothing(Order? before, OrderCommand command, Scenario s)
    {
        if (command.IdempotencyKey is not null || Array.Find(Actors.All, a => s.Policies.Authorization.Authorize(a, command.Kind) is not null) is not { } outsider)
        {
            return;
        }

        var json = before is null ? null : OrderKernelJson.WriteSnapshot(before);
        var result = OrderDecider.Decide(before, command, DecisionContext.Create(s.Now, outsider, s.Policies));
        Assert.True(result.IsT1, $"{outsider.Name} issued {command.Kind}");
        Assert.Equal(ViolationCodes.RoleNotAllowed, Assert.Single(result.AsT1.Violations).Code);
        Assert.Equal(json, before is null ? null : OrderKernelJson.WriteSnapshot(before));
    }

    /// <summary>R30: a dispatch needs a signed release and the money due before shipment paid, secured or excepted.</summary>
    private static void CheckShipmentWasReleased(Order before, Instant now)
    {
        Assert.NotNull(before.ShipmentRelease);
        var unpaid = before.Contract!.DueBeforeShipment - before.TotalPaid;
        var today = now.InZone(DateTimeZoneProviders.Tzdb[before.TimeZoneId]).Date;
        Assert.True(
            !unpaid.IsPositive || before.ShipmentException is not null || (before.LetterOfCredit is { } lc && lc.Amount >= unpaid && today <= lc.Expiry),
            $"shipped with {unpaid} unpaid");
    }
}
