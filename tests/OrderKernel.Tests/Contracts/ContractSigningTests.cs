using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Tests.Properties;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.Contracts;

/// <summary>R15: checked by the department head, stamped, returned to the customer, in force when the customer countersigns; only then is the deposit awaited.</summary>
public class ContractSigningTests
{
    private static Scenario Accepted() => TvOrder.Through(Stage.Accepted);

    [Fact]
    public void SignContract_NumbersItButItIsNotYetInForce_R15_R16()
    {
        var s = Accepted();

        s.Do(new SignContract(45), Actors.SalesManager);

        Assert.Equal(OrderStatus.ContractAwaitingCheck, s.Current.Status);
        var c = s.Current.Contract!;
        Assert.Equal("CT-2026-000045", c.Number);
        Assert.False(c.IsInForce);
        Assert.Null(c.CheckedBy);
    }

    [Fact]
    public void ConfirmPayment_BeforeTheContractIsInForce_IsRefused_R15()
    {
        var s = Accepted();
        s.Do(new SignContract(45), Actors.SalesManager);
        s.Do(new CheckContract(), Actors.DepartmentHead);
        s.Do(new StampContract(), Actors.SalesManager);

        s.Refuse(TvOrder.Pay(51_000m, "TT-EARLY", s.Now), Actors.Finance).Has(ViolationCodes.TransitionNotAllowed);
    }

    [Fact]
    public void CheckContract_OnlyTheDepartmentHeadChecks_R15()
    {
        var s = Accepted();
        s.Do(new SignContract(45), Actors.SalesManager);

        s.Refuse(new CheckContract(), Actors.SalesManager).Has(ViolationCodes.RoleNotAllowed, "R15");
        s.Do(new CheckContract(), Actors.DepartmentHead);

        Assert.Equal(OrderStatus.ContractChecked, s.Current.Status);
        Assert.Equal(Actors.DepartmentHead.Id, s.Current.Contract!.CheckedBy);
        Assert.Equal(s.Now, s.Current.Contract.CheckedAt);
    }

    [Fact]
    public void StampAndCountersign_OutOfTheSeedsOrder_AreRefused_R15()
    {
        var s = Accepted();
        s.Do(new SignContract(45), Actors.SalesManager);

        s.Refuse(new StampContract(), Actors.SalesManager).Has(ViolationCodes.TransitionNotAllowed);
        s.Refuse(new CountersignContract(), Actors.Customer).Has(ViolationCodes.TransitionNotAllowed);
        s.Do(new CheckContract(), Actors.DepartmentHead);
        s.Refuse(new CountersignContract(), Actors.Customer).Has(ViolationCodes.TransitionNotAllowed);
    }

    [Fact]
    public void CountersignContract_ByTheCustomer_PutsItInForceAndTheDepositIsAwaited_R15_R17()
    {
        var s = Accepted();
        s.Do(new SignContract(45), Actors.SalesManager);
        s.Do(new CheckContract(), Actors.DepartmentHead);
        s.Do(new StampContract(), Actors.SalesManager);
        var stampedAt = s.Now;

        var accepted = s.Do(new CountersignContract(), Actors.Customer);

        Assert.Equal(new ContractInForce("CT-2026-000045") { OrderId = TvOrder.Id, Version = s.Current.Version, At = s.Now, By = Actors.Customer.Id }, Assert.Single(accepted.Events));
        Assert.Equal(OrderStatus.AwaitingDeposit, s.Current.Status);
        var c = s.Current.Contract!;
        Assert.True(c.IsInForce);
        Assert.Equal(stampedAt, c.StampedAt);
        Assert.Equal(s.Now, c.InForceAt);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
    }

    [Fact]
    public void CountersignContract_WithoutDeposit_IsReadyForProductionAtOnce_R15_R20()
    {
        var s = new Scenario();
        var cod = PaymentTerms.Create(PaymentInstrument.CashOnDelivery, Installment.Create("on delivery", Percentage.Hundred, InstallmentDue.OnDelivery));
        s.Do(TvOrder.Receive() with { PaymentTerms = cod }, Actors.Sales);
        TvOrder.Through(Stage.Accepted, s, from: Stage.Recorded);
        s.Do(new SignContract(45), Actors.SalesManager);
        s.Do(new CheckContract(), Actors.DepartmentHead);
        s.Do(new StampContract(), Actors.SalesManager);

        Assert.Equal(OrderStatus.ContractAwaitingCountersignature, s.Current.Status);
        Assert.DoesNotContain(s.Current.Milestones, m => m.Milestone == Milestone.ReadyForProduction);
        s.Do(new CountersignContract(), Actors.Customer);

        Assert.Equal(OrderStatus.ReadyForProduction, s.Current.Status);
        Assert.Contains(s.Current.Milestones, m => m.Milestone == Milestone.ReadyForProduction && m.At == s.Now);
    }

    [Fact]
    public void ConfirmPayment_OnACancelledOrderWhoseContractNeverCameIntoForce_IsRefused_R15()
    {
        var s = Accepted();
        s.Do(new SignContract(45), Actors.SalesManager);
        s.Do(new CancelOrder("customer withdrew"), Actors.SalesManager);

        s.Refuse(TvOrder.Pay(1_000m, "TT-LATE", s.Now), Actors.Finance).Has(ViolationCodes.InvalidInput, "R15");
    }

    [Fact]
    public void CancelOrder_BeforeTheCustomerCountersigns_IsFreeOfCharge_R15_R36()
    {
        var s = Accepted();
        s.Do(new SignContract(45), Actors.SalesManager);
        s.Do(new CheckContract(), Actors.DepartmentHead);
        s.Do(new StampContract(), Actors.SalesManager);

        s.Do(new CancelOrder("customer withdrew before countersigning", Money.Of(5_000m, Currency.USD)), Actors.SalesManager);

        Assert.Equal(Money.Zero(Currency.USD), s.Current.Cancellation!.Charge);
    }

    [Fact]
    public void Without_ContractSignatureRound_SigningPutsTheContractInForceAtOnce_R15()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.ContractSignatureRound));
        var s = TvOrder.Through(Stage.Accepted, new Scenario(decider: decider));

        var accepted = s.Do(new SignContract(45), Actors.SalesManager);

        Assert.Collection(accepted.Events, e => Assert.IsType<ContractSigned>(e), e => Assert.Equal("CT-2026-000045", Assert.IsType<ContractInForce>(e).Number));
        Assert.Equal(OrderStatus.AwaitingDeposit, s.Current.Status);
        Assert.True(s.Current.Contract!.IsInForce);
        Assert.Null(s.Current.Contract.CheckedBy);
        Assert.Equal(s.Current, OrderDecider.Replay(s.Events));
        var mermaid = decider.Lifecycle.ToMermaid();
        Assert.Contains("    QuotationAccepted --> AwaitingDeposit : SignContract\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("ContractAwaitingCheck", mermaid, StringComparison.Ordinal);
        s.Do(TvOrder.Pay(51_000m, "TT-DEP", s.Now), Actors.Finance);
        Assert.Equal(OrderStatus.ReadyForProduction, s.Current.Status);
    }

    [Fact]
    public void Without_ContractSignatureRound_ABadSequenceIsStillRefused_R16()
    {
        var decider = OrderDecider.Create(OrderKernelOptions.Default.Without(OptionalStage.ContractSignatureRound));
        var s = TvOrder.Through(Stage.Accepted, new Scenario(decider: decider));

        s.Refuse(new SignContract(0), Actors.SalesManager).Has(ViolationCodes.InvalidInput, "R16");
        s.Refuse(new CheckContract(), Actors.DepartmentHead).Has(ViolationCodes.TransitionNotAllowed);
    }

    /// <summary>R15 invariant: whatever the command sequence, money is taken and the order waits for a deposit only under a contract in force.</summary>
    [Property(MaxTest = 200)]
    public Property Deposit_IsAwaitedAndPaidOnlyUnderAContractInForce_R15() =>
        Prop.ForAll(LifecycleProperties.Sequences(), steps =>
        {
            foreach (var (_, _, _, s) in LifecycleProperties.Run(steps))
            {
                if (s.State is not { } o)
                {
                    continue;
                }

                if (o.Status is OrderStatus.AwaitingDeposit or OrderStatus.ReadyForProduction || !o.Payments.IsEmpty)
                {
                    Assert.True(o.Contract is { IsInForce: true }, $"{o.Status} with {o.Payments.Count} payment(s) and no contract in force");
                }

                if (o.Contract is { IsInForce: true } c)
                {
                    Assert.True(c.CheckedAt is { } checkedAt && c.StampedAt is { } stampedAt && c.SignedAt <= checkedAt && checkedAt <= stampedAt && stampedAt <= c.InForceAt, "the seed's order: signed, checked, stamped, countersigned");
                }
            }
        });
}
