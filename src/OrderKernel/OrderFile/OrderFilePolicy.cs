using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace OrderKernel.Policies;

/// <summary>Decides which documents the order file needs once the order has reached its milestones (R46).</summary>
public interface IOrderFilePolicy
{
    /// <summary>Lists the documents required, each with its reason; a kind needed several times appears several times.</summary>
    /// <param name="question">The milestones reached and the facts that make documents conditional.</param>
    /// <returns>The requirements.</returns>
    ValueList<FileRequirement> Requirements(OrderFileQuestion question);
}

/// <summary>Options of the default order-file policy: the table milestone → required kinds, and the conditional documents.</summary>
public sealed record OrderFilePolicyOptions
{
    /// <summary>
    /// Gets the kinds each milestone requires once reached. Default from the seeds (004, TV order step 18): the specification
    /// sheet and the review form once the review passed, the contract once ready for production, the inspection report once
    /// inspected, the delivery note once shipped, the arrival notice once delivered, the ledger and the customer's contacts
    /// once completed. Exporters add <see cref="DocumentKind.CustomsDeclaration"/> and <see cref="DocumentKind.ClearancePapers"/>
    /// at <see cref="Milestone.Shipped"/>.
    /// </summary>
    public ImmutableDictionary<Milestone, ValueList<DocumentKind>> RequiredFrom { get; init; } = ImmutableDictionary.CreateRange(new KeyValuePair<Milestone, ValueList<DocumentKind>>[]
    {
        new(Milestone.ReviewPassed, ValueList<DocumentKind>.Of(DocumentKind.SpecificationSheet, DocumentKind.ReviewForm)),
        new(Milestone.ReadyForProduction, ValueList<DocumentKind>.Of(DocumentKind.Contract)),
        new(Milestone.InspectionRecorded, ValueList<DocumentKind>.Of(DocumentKind.InspectionReport)),
        new(Milestone.Shipped, ValueList<DocumentKind>.Of(DocumentKind.DeliveryNote)),
        new(Milestone.Delivered, ValueList<DocumentKind>.Of(DocumentKind.ArrivalNotice)),
        new(Milestone.Completed, ValueList<DocumentKind>.Of(DocumentKind.OrderLedger, DocumentKind.CustomerContacts)),
    });

    /// <summary>Gets a value indicating whether a registered letter of credit requires its copy in the file; default yes (R18).</summary>
    public bool LetterOfCreditCopy { get; init; } = true;

    /// <summary>Gets a value indicating whether every applied change requires a change form in the file; default yes (R37).</summary>
    public bool ChangeFormPerChange { get; init; } = true;
}

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
