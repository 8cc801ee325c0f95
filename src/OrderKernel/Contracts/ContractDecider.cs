using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>
/// The contract (R15–R16): signed and numbered on the accepted quotation's terms, checked by the department head, stamped
/// and returned to the customer, in force when the customer countersigns; only then is the deposit awaited.
/// </summary>
internal static class ContractDecider
{
    public static Outcome Decide(Order state, SignContract c, DecisionContext ctx)
    {
        if (c.Sequence <= 0)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"The contract sequence value must be positive, not {c.Sequence}.", "R16");
        }

        var q = state.Quotation!;
        var number = ctx.Policies.Numbering.ContractNumber(c.Sequence, ctx.Now);
        return Outcome.Emit(new ContractSigned(number, c.Sequence, q.Total, state.PaymentTerms.AmountsFor(q.Total), q.Number) { At = ctx.Now, By = ctx.Actor.Id });
    }

    /// <summary>Without the signature round (electronic signing): signing puts the contract in force in the same decision.</summary>
    public static Outcome SignInOneStep(Order state, SignContract c, DecisionContext ctx)
    {
        var signed = Decide(state, c, ctx);
        return signed.IsRejected
            ? signed
            : Outcome.Emit(signed.Events[0], new ContractInForce(((ContractSigned)signed.Events[0]).Number) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, CheckContract c, DecisionContext ctx) =>
        Outcome.Emit(new ContractChecked(state.Contract!.Number) { At = ctx.Now, By = ctx.Actor.Id });

    public static Outcome Decide(Order state, StampContract c, DecisionContext ctx) =>
        Outcome.Emit(new ContractStamped(state.Contract!.Number) { At = ctx.Now, By = ctx.Actor.Id });

    public static Outcome Decide(Order state, CountersignContract c, DecisionContext ctx) =>
        Outcome.Emit(new ContractInForce(state.Contract!.Number) { At = ctx.Now, By = ctx.Actor.Id });

    public static void Apply(Order s, ContractSigned e)
    {
        s.Contract = new Contract(e.Number, e.Sequence, e.Amount, e.Installments, e.QuotationNumber, e.By, e.At);
        s.Status = OrderStatus.ContractAwaitingCheck;
    }

    public static void Apply(Order s, ContractChecked e)
    {
        s.Contract = s.Contract!.Checked(e.By, e.At);
        s.Status = OrderStatus.ContractChecked;
    }

    public static void Apply(Order s, ContractStamped e)
    {
        s.Contract = s.Contract!.Stamped(e.At);
        s.Status = OrderStatus.ContractAwaitingCountersignature;
    }

    public static void Apply(Order s, ContractInForce e)
    {
        var contract = s.Contract!.InForce(e.At);
        s.Status = contract.Deposit.IsPositive ? OrderStatus.AwaitingDeposit : OrderStatus.ReadyForProduction;
        s.Contract = contract;
    }
}
