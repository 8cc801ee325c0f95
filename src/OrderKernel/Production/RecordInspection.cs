using System.Text.Json.Serialization;

namespace OrderKernel;

/// <summary>
/// Record the final inspection (R27–R29). The verdict is not the caller's: the order's AQL and the lot size give the
/// sampling plan (<see cref="SamplingPlan"/>, ISO 2859-1 single sampling, normal inspection, level II), and the defective
/// units found in its sample decide: accepted with at most Ac, rejected (back to rework) from Re on.
/// </summary>
/// <param name="Grade">The grade assigned (R28); a lower grade than <see cref="QualityGrade.First"/> on an accepted lot produces the change list.</param>
/// <param name="LotSize">The units in the lot inspected; positive.</param>
/// <param name="DefectsFound">The defective units found in the plan's sample; 0 to the plan's sample size.</param>
/// <param name="Notes">The notes.</param>
public sealed record RecordInspection(QualityGrade Grade, int LotSize, int DefectsFound, string Notes) : OrderCommand
{
    /// <summary>
    /// Gets the unit price reduction proposed for goods accepted at a lower grade (R28): each priced line gets a price
    /// change request the customer confirms before shipment. Required with a lower grade on an accepted lot, refused otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Percentage? PriceReduction { get; init; }

    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RecordInspection;

    internal override void CheckInput(InputCheck c)
    {
        c.Defined("grade", Grade).AtMost("lotSize", LotSize, KernelLimits.MaxCount).AtMost("defectsFound", DefectsFound, KernelLimits.MaxCount).OptionalText("notes", Notes);
        if (PriceReduction is { } reduction)
        {
            c.Percentage("priceReduction", reduction);
        }
    }
}
