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
