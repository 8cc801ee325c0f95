using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>The stable codes of every rejection the kernel produces. Codes never change meaning once shipped.</summary>
public static class ViolationCodes
{
    /// <summary>The actor's roles do not allow this command (R19, R30, R34 and the authorization policy).</summary>
    public const string RoleNotAllowed = "auth.role-not-allowed";

    /// <summary>Segregation of duties: the preparer of a quotation revision may not approve it, the requester of a change may not approve it (R8, R33; <see cref="ISeparationOfDutiesPolicy"/>).</summary>
    public const string SelfApproval = "auth.self-approval";

    /// <summary>
    /// Separation of duties: the actor already holds a duty on the same item that the separation-of-duties policy keeps
    /// apart from this one: a second approval level of one quotation revision (R8), a second department of one review
    /// round (R5), a second approval of one change (R34), or the dispatch of goods whose release the actor signed (R30).
    /// </summary>
    public const string SeparationOfDuties = "auth.separation-of-duties";

    /// <summary>The command has no transition from the order's current status.</summary>
    public const string TransitionNotAllowed = "lifecycle.transition-not-allowed";

    /// <summary>The order is on hold and the hold blocks this command.</summary>
    public const string BlockedByHold = "hold.blocks-command";

    /// <summary>A hold is already active.</summary>
    public const string AlreadyOnHold = "hold.already-on-hold";

    /// <summary>No hold is active.</summary>
    public const string NotOnHold = "hold.not-on-hold";

    /// <summary>The command carries an invalid value (R1).</summary>
    public const string InvalidInput = "order.invalid-input";

    /// <summary>The order's time zone id is not a known IANA zone.</summary>
    public const string UnknownTimeZone = "order.unknown-time-zone";

    /// <summary>A money amount is in another currency than the order's.</summary>
    public const string CurrencyMismatch = "order.currency-mismatch";

    /// <summary>The order is incomplete and must be completed by the customer first (R3).</summary>
    public const string Incomplete = "order.incomplete";

    /// <summary>The department is not required in the current review stage, or has already signed it.</summary>
    public const string ReviewSignOffNotExpected = "review.sign-off-not-expected";

    /// <summary>The actor may not sign for this department (R5).</summary>
    public const string ReviewSignerNotAuthorized = "review.signer-not-authorized";

    /// <summary>An approval leaves a review criterion of the signing department unanswered: no finding for it (R7).</summary>
    public const string ReviewCriterionUnanswered = "review.criterion-unanswered";

    /// <summary>An approval that answers the credit criterion does not state the customer's exposure and credit limit (R7).</summary>
    public const string ReviewCreditPositionMissing = "review.credit-position-missing";

    /// <summary>The customer's exposure plus the order exceeds its credit limit: refused, or (flag mode) approved only as an unsatisfied credit finding with a mitigation (R7).</summary>
    public const string ReviewCreditLimitExceeded = "review.credit-limit-exceeded";

    /// <summary>A quotation line does not match an order line.</summary>
    public const string QuotationLineMismatch = "quotation.line-mismatch";

    /// <summary>The acceptance policy declines the order (R9).</summary>
    public const string AcceptanceDeclined = "acceptance.declined";

    /// <summary>The quotation's validity date is before today in the customer's time zone.</summary>
    public const string QuotationValidityInPast = "quotation.validity-in-past";

    /// <summary>The quotation has expired (validity ends at the end of its date in the customer's time zone).</summary>
    public const string QuotationExpired = "quotation.expired";

    /// <summary>The quotation still lacks required approvals (R8).</summary>
    public const string QuotationNotApproved = "quotation.not-approved";

    /// <summary>This approval level is not the next one required (R8).</summary>
    public const string ApprovalLevelNotExpected = "approval.level-not-expected";

    /// <summary>The approval policy has no limits for the order's currency; amounts are never compared across currencies (R8).</summary>
    public const string ApprovalLimitMissing = "approval.limit-missing";

    /// <summary>The payment amount is not positive or exceeds what is outstanding.</summary>
    public const string PaymentAmountInvalid = "payment.amount-invalid";

    /// <summary>A payment with this reference was already confirmed (R19).</summary>
    public const string PaymentDuplicateReference = "payment.duplicate-reference";

    /// <summary>The payment's receipt time lies in the future.</summary>
    public const string PaymentInFuture = "payment.received-in-future";

    /// <summary>No sample awaits the customer's verdict (R14).</summary>
    public const string NoSampleAwaitingVerdict = "production.no-sample-awaiting-verdict";

    /// <summary>The previous sample round still awaits the customer's verdict (R14).</summary>
    public const string SampleAwaitingVerdict = "production.sample-awaiting-verdict";

    /// <summary>Mass production needs an approved sample (R14).</summary>
    public const string SampleNotApproved = "production.sample-not-approved";

    /// <summary>The planned completion is after the contractual delivery date (R22).</summary>
    public const string PlanAfterDeliveryDate = "production.plan-after-delivery-date";

    /// <summary>An installment due before shipment is unpaid (R17, R30).</summary>
    public const string PaymentDueBeforeShipment = "shipment.payment-due";

    /// <summary>A shipment would deliver more than the line's tolerance allows (R32).</summary>
    public const string OverDelivery = "shipment.over-delivery";

    /// <summary>The order changed since the change was assessed: assess it again (R33).</summary>
    public const string ChangeConflict = "change.conflict";

    /// <summary>A hardware or software change must pass the technical test before the customer confirms it (R35).</summary>
    public const string ChangeNotTested = "change.not-tested";

    /// <summary>The order is not settled: money is still owed either way (R43).</summary>
    public const string NotFullyPaid = "settlement.not-fully-paid";

    /// <summary>Cancellation is not allowed at this stage by the cancellation policy (R36).</summary>
    public const string CancellationNotAllowed = "cancellation.not-allowed";

    /// <summary>A required value of the command is missing (null, or a <c>default</c> money or quantity).</summary>
    public const string MissingValue = "input.missing-value";

    /// <summary>A date is outside <see cref="KernelLimits.MinDate"/>..<see cref="KernelLimits.MaxDate"/>.</summary>
    public const string DateOutOfRange = "input.date-out-of-range";

    /// <summary>An instant in the command is outside <see cref="KernelLimits.MinInstant"/>..<see cref="KernelLimits.MaxInstant"/>.</summary>
    public const string InstantOutOfRange = "input.instant-out-of-range";

    /// <summary>A duration is negative or longer than <see cref="KernelLimits.MaxDuration"/>.</summary>
    public const string DurationOutOfRange = "input.duration-out-of-range";

    /// <summary>An amount (or a line's quantity times its price, or an order's total) is beyond <see cref="KernelLimits.MaxAmount"/>.</summary>
    public const string AmountOutOfRange = "input.amount-out-of-range";

    /// <summary>A quantity is beyond <see cref="KernelLimits.MaxQuantity"/>.</summary>
    public const string QuantityOutOfRange = "input.quantity-out-of-range";

    /// <summary>A count or sequence value is outside its supported range.</summary>
    public const string CountOutOfRange = "input.count-out-of-range";

    /// <summary>A text is longer than its limit (<see cref="KernelLimits.MaxTextLength"/> or <see cref="KernelLimits.MaxKeyLength"/>).</summary>
    public const string TextTooLong = "input.text-too-long";

    /// <summary>A text is not valid Unicode (a lone UTF-16 surrogate), so it would change on a JSON round trip.</summary>
    public const string TextInvalid = "input.text-invalid";

    /// <summary>A list holds more items than its limit (<see cref="KernelLimits"/>).</summary>
    public const string TooManyItems = "input.too-many-items";

    /// <summary>The order's history already holds <see cref="KernelLimits.MaxHistoryEntries"/> entries of this kind.</summary>
    public const string HistoryFull = "limits.history-full";

    /// <summary>The decision's instant is outside the supported instants.</summary>
    public const string ContextInstantOutOfRange = "context.instant-out-of-range";

    /// <summary>The decision's instant is earlier than the order's last event: the host's clock went back.</summary>
    public const string InstantBeforeLastEvent = "context.instant-before-last-event";

    /// <summary>A snapshot or replayed stream describes an order the kernel could not hold (stage data its status implies is missing, a bad version).</summary>
    public const string InvalidState = "order.invalid-state";

    /// <summary>The idempotency key was already used on this order for a different command (kind or payload).</summary>
    public const string IdempotencyKeyReused = "idempotency.key-reused";

    /// <summary>The final inspection needs the order's AQL to find its sampling plan, and none was agreed (R27).</summary>
    public const string AqlNotAgreed = "inspection.aql-not-agreed";

    /// <summary>A lot accepted at a lower quality grade needs the price reduction its change list proposes (R28).</summary>
    public const string DowngradeNeedsPriceReduction = "inspection.downgrade-needs-price-reduction";

    /// <summary>The change list of a lower quality grade is not yet decided (approved and confirmed by the customer, or rejected) (R28).</summary>
    public const string DowngradeNotSettled = "inspection.downgrade-not-settled";

    /// <summary>Release to production needs the host's confirmation of the capacity to finish by the planned completion (R22).</summary>
    public const string CapacityNotConfirmed = "production.capacity-not-confirmed";

    /// <summary>Release to production needs the date the main materials are ready, not after the planned completion (R21).</summary>
    public const string MaterialsNotReady = "production.materials-not-ready";
    /// <summary>A document's content hash is not <c>sha256:</c> followed by 64 lowercase hexadecimal digits (R46).</summary>
    public const string DocumentHashInvalid = "order-file.invalid-content-hash";

    /// <summary>The order file already holds a document of this kind with this number (R46).</summary>
    public const string DocumentAlreadyAttached = "order-file.duplicate-document";

    /// <summary>After-sales concern delivered goods: the order was never delivered (R45).</summary>
    public const string NotDelivered = "after-sales.not-delivered";

    /// <summary>A complaint or exchange with this id already exists on the order (R45).</summary>
    public const string AfterSalesIdInUse = "after-sales.id-in-use";

    /// <summary>No complaint or exchange has this id on the order (R45).</summary>
    public const string AfterSalesUnknownId = "after-sales.unknown-id";

    /// <summary>The complaint is already resolved (R45).</summary>
    public const string ComplaintAlreadyResolved = "after-sales.complaint-already-resolved";

    /// <summary>A complaint refund exceeds the complained goods' net value or what the customer paid less earlier credits (R45).</summary>
    public const string RefundExceedsPaid = "after-sales.refund-exceeds-paid";

    /// <summary>A repair or replacement within warranty cannot be charged (R45).</summary>
    public const string FreeWithinWarranty = "after-sales.free-within-warranty";

    /// <summary>The quantity exceeds what was delivered of the line and not yet returned or exchanged (R45).</summary>
    public const string QuantityExceedsDelivered = "after-sales.quantity-exceeds-delivered";

    /// <summary>The exchange's replacement has already shipped (R45).</summary>
    public const string ReplacementAlreadyShipped = "after-sales.replacement-already-shipped";
    /// <summary>The amount stated on an invoice is not what the delivery or the order's remainder comes to (R43).</summary>
    public const string InvoiceAmountMismatch = "invoice.amount-mismatch";

    /// <summary>An invoice would take the invoiced total past the contract amount with its changes and delivered quantities (R43).</summary>
    public const string InvoiceExceedsContract = "invoice.exceeds-contract";

    /// <summary>A per-delivery invoice names a shipment the order does not have (R43).</summary>
    public const string InvoiceShipmentUnknown = "invoice.shipment-unknown";

    /// <summary>A per-delivery invoice names a shipment already invoiced (R43).</summary>
    public const string InvoiceShipmentInvoiced = "invoice.shipment-already-invoiced";

    /// <summary>The invoice or credit note number is already used on this order (R43).</summary>
    public const string InvoiceNumberTaken = "invoice.number-taken";

    /// <summary>A credit note names an invoice the order does not have (R43).</summary>
    public const string InvoiceUnknown = "invoice.unknown";

    /// <summary>A credit note exceeds what is left of the invoice it corrects (R43).</summary>
    public const string CreditExceedsInvoice = "invoice.credit-exceeds-invoice";

    /// <summary>A bank acceptance bill names no installment of the contract, or its amount or dates are out of its terms (R18).</summary>
    public const string BillTermsInvalid = "bill.terms-invalid";

    /// <summary>The bank acceptance bill number is already registered, or used as a payment reference, on this order (R18).</summary>
    public const string BillNumberDuplicate = "bill.number-duplicate";

    /// <summary>No bank acceptance bill with that number is registered on this order (R18).</summary>
    public const string BillUnknown = "bill.unknown";

    /// <summary>The bank acceptance bill was already honoured or dishonoured (R18).</summary>
    public const string BillAlreadySettled = "bill.already-settled";

    /// <summary>The bank acceptance bill is settled before its maturity date, or in the future (R18).</summary>
    public const string BillNotMatured = "bill.not-matured";

    /// <summary>The milestone is not a host milestone declared in the service-level policy (standard milestones are reached by the kernel) (R26).</summary>
    public const string MilestoneUndeclared = "milestone.undeclared";

    /// <summary>The host milestone was already reached: it is reached once and the first instant stands (R26).</summary>
    public const string MilestoneAlreadyReached = "milestone.already-reached";
}
