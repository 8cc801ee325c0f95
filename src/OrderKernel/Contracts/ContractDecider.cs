using OrderKernel.Kernel;

namespace OrderKernel;

/// <summary>Signing and numbering the contract on the accepted quotation's terms (R15–R16).</summary>
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

    public static void Apply(Order s, ContractSigned e)
    {
        var contract = new Contract(e.Number, e.Sequence, e.Amount, e.Installments, e.QuotationNumber, e.By, e.At);
        s.Status = contract.Deposit.IsPositive ? OrderStatus.AwaitingDeposit : OrderStatus.ReadyForProduction;
        s.Contract = contract;
    }
}
