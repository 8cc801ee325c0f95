using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>
/// The contract (R15–R16): signed and numbered on the accepted quotation's terms, checked by the department head, stamped
/// and returned to the customer, in force when the customer countersigns; only then is the deposit awaited.
/// </summary>
internal static class ContractDecider
{
    public static Outcome Decide(Order state, Quotation q, SignContract c, DecisionContext ctx)
    {
        if (c.Sequence <= 0)
        {
            return Outcome.Reject(ViolationCodes.InvalidInput, $"The contract sequence value must be positive, not {c.Sequence}.", "R16");
        }

        var number = ctx.Policies.Numbering.ContractNumber(c.Sequence, ctx.Now);
        return Outcome.Emit(new ContractSigned(number, c.Sequence, q.Total, state.PaymentTerms.AmountsFor(q.Total), q.Number) { At = ctx.Now, By = ctx.Actor.Id });
    }

    /// <summary>Without the signature round (electronic signing): signing puts the contract in force in the same decision.</summary>
    public static Outcome SignInOneStep(Order state, Quotation q, SignContract c, DecisionContext ctx)
    {
        var signed = Decide(state, q, c, ctx);
        return signed.IsRejected
            ? signed
            : Outcome.Emit(signed.Events[0], new ContractInForce(((ContractSigned)signed.Events[0]).Number) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Outcome Decide(Order state, Contract contract, CheckContract c, DecisionContext ctx) =>
        Outcome.Emit(new ContractChecked(contract.Number) { At = ctx.Now, By = ctx.Actor.Id });

    public static Outcome Decide(Order state, Contract contract, StampContract c, DecisionContext ctx) =>
        Outcome.Emit(new ContractStamped(contract.Number) { At = ctx.Now, By = ctx.Actor.Id });

    public static Outcome Decide(Order state, Contract contract, CountersignContract c, DecisionContext ctx) =>
        Outcome.Emit(new ContractInForce(contract.Number) { At = ctx.Now, By = ctx.Actor.Id });

    public static Order Apply(Order s, ContractSigned e) => s with
    {
        Contract = new Contract(e.Number, e.Sequence, e.Amount, e.Installments, e.QuotationNumber, e.By, e.At),
        Status = OrderStatus.ContractAwaitingCheck,
    };

    public static Order Apply(Order s, Contract contract, ContractChecked e) =>
        s with { Contract = contract.Checked(e.By, e.At), Status = OrderStatus.ContractChecked };

    public static Order Apply(Order s, Contract contract, ContractStamped e) =>
        s with { Contract = contract.Stamped(e.At), Status = OrderStatus.ContractAwaitingCountersignature };

    public static Order Apply(Order s, Contract contract, ContractInForce e)
    {
        var inForce = contract.InForce(e.At);
        return s with { Contract = inForce, Status = inForce.Deposit.IsPositive ? OrderStatus.AwaitingDeposit : OrderStatus.ReadyForProduction };
    }
}
