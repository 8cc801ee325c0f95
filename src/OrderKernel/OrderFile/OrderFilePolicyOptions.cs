using System.Collections.Generic;
using System.Collections.Immutable;

namespace OrderKernel.Policies;

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
