using OrderKernel.Policies;
using RulesEngine.Models;

namespace OrderKernel.Benchmarks.Comparisons;

/// <summary>The five-rule policy's input (issue 9).</summary>
public sealed class PolicyInput
{
    public decimal Amount { get; set; }

    public string Tier { get; set; } = "Ordinary";

    public int Quantity { get; set; }

    public int DaysLate { get; set; }
}

/// <summary>The five rules' results, compared across implementations.</summary>
public readonly record struct PolicyResult(int ApproverLevels, decimal Surcharge, int ExtraDays, decimal Deposit, decimal Penalty);

/// <summary>The five-rule policy three ways.</summary>
public static class PolicyImplementations
{
    /// <summary>Hand-written: plain ifs, the practical limit.</summary>
    public static PolicyResult Hand(PolicyInput i)
    {
        var levels = i.Amount > 1_000_000m ? 3 : i.Amount > 100_000m ? 2 : 1;
        var small = i.Tier != "Key" && i.Quantity < 100;
        var surcharge = small ? decimal.Round(i.Amount * 0.08m, 2, MidpointRounding.AwayFromZero) : 0m;
        var deposit = i.Tier != "Key" ? decimal.Round(i.Amount * 0.3m, 2, MidpointRounding.AwayFromZero) : 0m;
        var penalty = decimal.Round(Math.Min(i.DaysLate * i.Amount * 0.005m, i.Amount * 0.1m), 2, MidpointRounding.AwayFromZero);
        return new PolicyResult(levels, surcharge, small ? 7 : 0, deposit, penalty);
    }

    /// <summary>OrderKernel: its own policies (approval authority, acceptance terms, payment terms, delay penalty).</summary>
    public sealed class Kernel
    {
        private readonly IApprovalPolicy _approval = ApprovalPolicy.Create(new ApprovalPolicyOptions { ImportantOrdersNeedGeneralManager = false, DiscountNeedingGeneralManager = Percentage.Hundred });
        private readonly IDelayPenaltyPolicy _penalty = DelayPenaltyPolicy.Create(new DelayPenaltyPolicyOptions { PointsPerDayPerParty = 0m });
        private readonly Money _zero = Money.Zero(Currency.USD);

        public PolicyResult Evaluate(PolicyInput i)
        {
            var amount = Money.Of(i.Amount, Currency.USD);
            var levels = _approval.Require(new ApprovalRequest(amount, Priority.Normal, Percentage.Zero)).Levels.Count;
            var small = i.Tier != "Key" && i.Quantity < 100;
            var surcharge = small ? Percentage.Of(8m).Of(amount, RoundingRule.Default) : _zero;
            var deposit = i.Tier != "Key" ? PaymentTerms.Default.AmountOf(0, amount) : _zero;
            var penalty = _penalty.Assess(new PenaltyInput(i.DaysLate, amount, amount, amount, 0)).Amount;
            return new PolicyResult(levels, surcharge.Amount, small ? 7 : 0, deposit.Amount, penalty);
        }
    }

    /// <summary>Microsoft RulesEngine: a workflow of lambda-expression rules, built once; outputs through OutputExpression actions.</summary>
    public sealed class Rules
    {
        private readonly RulesEngine.RulesEngine _engine = new([new Workflow
        {
            WorkflowName = "order",
            Rules =
            [
                Output("levels", "true", "input1.Amount > 1000000m ? 3 : input1.Amount > 100000m ? 2 : 1"),
                Output("surcharge", "input1.Tier != \"Key\" && input1.Quantity < 100", "Math.Round(input1.Amount * 0.08m, 2, MidpointRounding.AwayFromZero)"),
                Output("extraDays", "input1.Tier != \"Key\" && input1.Quantity < 100", "7"),
                Output("deposit", "input1.Tier != \"Key\"", "Math.Round(input1.Amount * 0.3m, 2, MidpointRounding.AwayFromZero)"),
                Output("penalty", "true", "Math.Round(Math.Min(input1.DaysLate * input1.Amount * 0.005m, input1.Amount * 0.1m), 2, MidpointRounding.AwayFromZero)"),
            ],
        }]);

        private static Rule Output(string name, string condition, string output) => new()
        {
            RuleName = name,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = condition,
            Actions = new RuleActions { OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["expression"] = output } } },
        };

        public async ValueTask<PolicyResult> EvaluateAsync(PolicyInput i)
        {
            var results = await _engine.ExecuteAllRulesAsync("order", i);
            decimal Get(string name) => results.Single(r => r.Rule.RuleName == name) is { IsSuccess: true, ActionResult.Output: { } o } ? Convert.ToDecimal(o, System.Globalization.CultureInfo.InvariantCulture) : 0m;
            return new PolicyResult((int)Get("levels"), Get("surcharge"), (int)Get("extraDays"), Get("deposit"), Get("penalty"));
        }
    }

    public static readonly PolicyInput[] Samples =
    [
        new() { Amount = 170_000m, Tier = "Ordinary", Quantity = 2000, DaysLate = 3 },
        new() { Amount = 4_250m, Tier = "New", Quantity = 50, DaysLate = 0 },
        new() { Amount = 2_500_000m, Tier = "Key", Quantity = 40, DaysLate = 40 },
        new() { Amount = 99_999.99m, Tier = "Ordinary", Quantity = 99, DaysLate = 25 },
    ];
}
