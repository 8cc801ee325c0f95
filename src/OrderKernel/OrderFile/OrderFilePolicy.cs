using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Creates order-file policies.</summary>
public static class OrderFilePolicy
{
    /// <summary>Gets the default order-file policy (the seeds' list).</summary>
    public static IOrderFilePolicy Default { get; } = Create(new OrderFilePolicyOptions());

    /// <summary>Creates the default order-file policy over options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static IOrderFilePolicy Create(OrderFilePolicyOptions options)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(options.RequiredFrom, nameof(options));
        foreach (var (milestone, kinds) in options.RequiredFrom)
        {
            Guard.Against.EnumOutOfRange(milestone, nameof(options));
            foreach (var kind in kinds)
            {
                Guard.Against.EnumOutOfRange(kind, nameof(options));
            }
        }

        return new DefaultOrderFilePolicy(options);
    }

    private sealed class DefaultOrderFilePolicy(OrderFilePolicyOptions options) : IOrderFilePolicy
    {
        public ValueList<FileRequirement> Requirements(OrderFileQuestion question)
        {
            Guard.Against.Null(question);
            var list = new List<FileRequirement>();
            var seen = new HashSet<Milestone>();
            foreach (var milestone in question.Reached)
            {
                if (seen.Add(milestone) && options.RequiredFrom.TryGetValue(milestone, out var kinds))
                {
                    foreach (var kind in kinds)
                    {
                        list.Add(new FileRequirement(kind, $"required from milestone {milestone}"));
                    }
                }
            }

            if (options.LetterOfCreditCopy && question.HasLetterOfCredit)
            {
                list.Add(new FileRequirement(DocumentKind.LetterOfCreditCopy, "a letter of credit is registered (R18)"));
            }

            for (var i = 1; options.ChangeFormPerChange && i <= question.AppliedChanges; i++)
            {
                list.Add(new FileRequirement(DocumentKind.ChangeForm, $"change {i} was applied (R37)"));
            }

            return ValueList<FileRequirement>.From(list);
        }
    }
}
