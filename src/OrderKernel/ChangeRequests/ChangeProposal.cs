using NodaTime;

namespace OrderKernel;

/// <summary>
/// The proposed change. Which members are used depends on <see cref="Kind"/>: <see cref="Line"/> for line changes,
/// <see cref="NewQuantity"/>, <see cref="NewUnitPrice"/>, <see cref="NewDeliveryDate"/>, <see cref="NewLine"/>,
/// <see cref="Area"/> and <see cref="NewSpecification"/>, or <see cref="NewPaymentTerms"/>.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Line">The line changed or removed.</param>
/// <param name="NewQuantity">The new quantity.</param>
/// <param name="NewUnitPrice">The new unit price.</param>
/// <param name="NewDeliveryDate">The new delivery date.</param>
/// <param name="NewLine">The line added (with its price).</param>
/// <param name="Area">The specification area changed.</param>
/// <param name="NewSpecification">The new specification text.</param>
/// <param name="NewPaymentTerms">The new payment terms.</param>
public sealed record ChangeProposal(
    ChangeKind Kind,
    LineId? Line = null,
    Quantity? NewQuantity = null,
    Money? NewUnitPrice = null,
    LocalDate? NewDeliveryDate = null,
    OrderLine? NewLine = null,
    SpecificationArea? Area = null,
    string? NewSpecification = null,
    PaymentTerms? NewPaymentTerms = null);
