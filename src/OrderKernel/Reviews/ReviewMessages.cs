using System.Text.Json.Serialization;

namespace OrderKernel;

/// <summary>Submit the recorded order for contract review; the review policy decides the departments (R5–R6, R10).</summary>
public sealed record SubmitForReview : OrderCommand
{
    /// <summary>
    /// Gets the host's bill of main materials (R11): per order line, each main material and the quantity the line's ordered
    /// quantity needs; reserved when the review passes. Empty (the default): the lines' own products are reserved.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ValueList<MaterialReservation> BillOfMaterials { get; init; }

    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SubmitForReview;

    internal override void CheckInput(InputCheck c) => c.List("billOfMaterials", BillOfMaterials, KernelLimits.MaxListItems, static (c, path, m) =>
        c.Present($"{path}.line", m.Line).Present($"{path}.product", m.Product).Quantity($"{path}.quantity", m.Quantity));
}
