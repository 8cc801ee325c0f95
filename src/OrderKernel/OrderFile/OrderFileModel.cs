using NodaTime;

namespace OrderKernel;

/// <summary>What a document in the order file is (R46): the seeds' list of what an order's file keeps, and the kernel's own papers.</summary>
public enum DocumentKind
{
    /// <summary>The customer's specification sheet (客户规格需求表).</summary>
    SpecificationSheet,

    /// <summary>The contract review form (合同评审表, R5–R7).</summary>
    ReviewForm,

    /// <summary>The signed contract (R15–R16).</summary>
    Contract,

    /// <summary>A contract change form (合同变更表, R33, R37).</summary>
    ChangeForm,

    /// <summary>The customs declaration (报关单据).</summary>
    CustomsDeclaration,

    /// <summary>The customs clearance papers (清关文件).</summary>
    ClearancePapers,

    /// <summary>The order's ledger: its accounts (订单账目).</summary>
    OrderLedger,

    /// <summary>The arrival information: goods arrived at the port or the customer (货物到港信息).</summary>
    ArrivalNotice,

    /// <summary>The customer's contacts (客户联系方式).</summary>
    CustomerContacts,

    /// <summary>A copy of the letter of credit (L/C范本, R18).</summary>
    LetterOfCreditCopy,

    /// <summary>The final inspection report (R27–R29).</summary>
    InspectionReport,

    /// <summary>The delivery note or sales list the warehouse ships against (销货清单, R30–R31).</summary>
    DeliveryNote,

    /// <summary>An invoice (R43).</summary>
    Invoice,

    /// <summary>Anything else the file keeps: insurance, endorsements (其他).</summary>
    Other,
}

/// <summary>A document in the order file (R46): its kind, number and content hash; the host stores the content.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Number">The document's own number (contract number, declaration number, invoice number); unique per kind within the order.</param>
/// <param name="ContentHash">The content's hash as the host computed it: <c>sha256:</c> and 64 lowercase hexadecimal digits.</param>
/// <param name="Title">A title or description.</param>
/// <param name="AttachedBy">Who attached it.</param>
/// <param name="AttachedAt">When.</param>
public sealed record OrderDocument(DocumentKind Kind, string Number, string ContentHash, string Title, ActorId AttachedBy, Instant AttachedAt);

/// <summary>Attach a document to the order file (R46). The host stores the content and passes its hash.</summary>
/// <param name="DocumentKind">The document's kind.</param>
/// <param name="Number">The document's number; unique per kind within the order.</param>
/// <param name="ContentHash">The content's SHA-256: <c>sha256:</c> followed by 64 lowercase hexadecimal digits.</param>
/// <param name="Title">A title or description.</param>
public sealed record AttachDocument(DocumentKind DocumentKind, string Number, string ContentHash, string Title) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.AttachDocument;

    internal override void CheckInput(InputCheck c) => c.Defined("documentKind", DocumentKind).Key("number", Number).Key("contentHash", ContentHash).Text("title", Title);
}

/// <summary>A document was attached to the order file (R46).</summary>
/// <param name="Document">The document.</param>
public sealed record DocumentAttached(OrderDocument Document) : OrderEvent;

/// <summary>A document the order file needs at its current stage, and why (R46).</summary>
/// <param name="Kind">The document's kind.</param>
/// <param name="Reason">Why it is needed: the milestone or the fact that requires it.</param>
public sealed record FileRequirement(DocumentKind Kind, string Reason);

/// <summary>What the policy is asked: what the order has reached and the facts that make documents conditional.</summary>
/// <param name="Reached">The milestones the order has reached, in order.</param>
/// <param name="HasLetterOfCredit">Whether a letter of credit is registered (its copy is then kept).</param>
/// <param name="AppliedChanges">How many changes were applied (each has its change form).</param>
public sealed record OrderFileQuestion(ValueList<Milestone> Reached, bool HasLetterOfCredit, int AppliedChanges);

/// <summary>The order file at a stage (R46): every document attached, what the stage requires, and what is missing.</summary>
/// <param name="Status">The order's status when the file was listed.</param>
/// <param name="Documents">The documents attached, in order.</param>
/// <param name="Required">The documents the stage requires, with the reason.</param>
/// <param name="Missing">Those of <paramref name="Required"/> not attached: for a change form, one per applied change.</param>
public sealed record OrderFileReport(OrderStatus Status, ValueList<OrderDocument> Documents, ValueList<FileRequirement> Required, ValueList<FileRequirement> Missing)
{
    /// <summary>Gets a value indicating whether nothing is missing.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsComplete => Missing.IsEmpty;
}
