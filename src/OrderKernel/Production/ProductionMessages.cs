using System.Text.Json.Serialization;
using NodaTime;

namespace OrderKernel;

/// <summary>Send sample units for the customer to approve hardware and software before mass production (R14).</summary>
/// <param name="Units">The units sent: 1 to the sample policy's maximum (default 2).</param>
/// <param name="Note">What was sent.</param>
public sealed record SendSample(int Units, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.SendSample;

    internal override void CheckInput(InputCheck c) => c.AtMost("units", Units, KernelLimits.MaxCount).OptionalText("note", Note);
}

/// <summary>The customer approves the sample awaiting a verdict (R14).</summary>
/// <param name="Comments">The customer's comments.</param>
public sealed record ApproveSample(string Comments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ApproveSample;

    internal override void CheckInput(InputCheck c) => c.OptionalText("comments", Comments);
}

/// <summary>The customer rejects the sample awaiting a verdict (R14); a new round of samples can follow.</summary>
/// <param name="Comments">Why.</param>
public sealed record RejectSample(string Comments) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.RejectSample;

    internal override void CheckInput(InputCheck c) => c.Text("comments", Comments);
}

/// <summary>
/// Release the order to production with its planned completion date (R21–R22): a checked commitment. The host confirms
/// what it checked in its MES: the capacity to finish on time and the date the main materials are ready.
/// </summary>
/// <param name="PlannedCompletion">The planned completion; not after the delivery date.</param>
public sealed record ReleaseToProduction(LocalDate PlannedCompletion) : OrderCommand
{
    /// <summary>Gets a value indicating whether the host confirmed the capacity to finish by the planned completion (R22); required.</summary>
    public bool CapacityConfirmed { get; init; }

    /// <summary>Gets the date the main materials are ready (R21); required, not after the planned completion.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? MaterialsReadyOn { get; init; }

    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReleaseToProduction;

    internal override void CheckInput(InputCheck c) => c.Date("plannedCompletion", PlannedCompletion).Date("materialsReadyOn", MaterialsReadyOn);
}

/// <summary>Report daily progress (R24).</summary>
/// <param name="Complete">The share complete, 0 % to 100 %.</param>
/// <param name="Note">The note.</param>
public sealed record ReportProgress(Percentage Complete, string Note) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReportProgress;

    internal override void CheckInput(InputCheck c) => c.Percentage("complete", Complete).OptionalText("note", Note);
}

/// <summary>Report a production exception (R25).</summary>
/// <param name="Description">What happened.</param>
/// <param name="ExpectedDelay">The expected delay; not negative.</param>
public sealed record ReportProductionException(string Description, Duration ExpectedDelay) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.ReportProductionException;

    internal override void CheckInput(InputCheck c) => c.Text("description", Description).Duration("expectedDelay", ExpectedDelay);
}

/// <summary>Production is complete; the goods await final inspection.</summary>
public sealed record CompleteProduction : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.CompleteProduction;
}

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

/// <summary>Sample units were sent (R14).</summary>
/// <param name="Round">The sample round.</param>
/// <param name="Units">The units sent.</param>
/// <param name="Note">What was sent.</param>
public sealed record SampleSent(int Round, int Units, string Note) : OrderEvent;

/// <summary>The customer approved a sample (R14).</summary>
/// <param name="Comments">The comments.</param>
/// <param name="Round">The sample round.</param>
public sealed record SampleApproved(string Comments, int Round) : OrderEvent;

/// <summary>The customer rejected a sample (R14).</summary>
/// <param name="Comments">The comments.</param>
/// <param name="Round">The sample round.</param>
public sealed record SampleRejected(string Comments, int Round) : OrderEvent;

/// <summary>The order was released to production (R21).</summary>
/// <param name="PlannedCompletion">The planned completion date.</param>
public sealed record ProductionReleased(LocalDate PlannedCompletion) : OrderEvent
{
    /// <summary>Gets the date the main materials are ready, as the host confirmed it (R21); <see langword="null"/> in streams written before it was required.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? MaterialsReadyOn { get; init; }


}

/// <summary>Progress was reported (R24).</summary>
/// <param name="Complete">The share complete.</param>
/// <param name="Note">The note.</param>
public sealed record ProgressReported(Percentage Complete, string Note) : OrderEvent;

/// <summary>A production exception was reported (R25).</summary>
/// <param name="Description">What happened.</param>
/// <param name="ExpectedDelay">The expected delay.</param>
public sealed record ProductionExceptionReported(string Description, Duration ExpectedDelay) : OrderEvent;

/// <summary>Production was completed.</summary>
public sealed record ProductionCompleted : OrderEvent;

/// <summary>The goods passed final inspection (R27).</summary>
/// <param name="Grade">The grade.</param>
/// <param name="SampleSize">Units sampled.</param>
/// <param name="DefectsFound">Defects found.</param>
/// <param name="Notes">The notes.</param>
public sealed record InspectionPassed(QualityGrade Grade, int SampleSize, int DefectsFound, string Notes) : OrderEvent
{
    /// <summary>Gets the sampling plan that decided the verdict (R27); <see langword="null"/> for an inspection left out of the lifecycle.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SamplingPlan? Plan { get; init; }


}

/// <summary>The goods failed final inspection and go back to rework (R29).</summary>
/// <param name="Grade">The grade.</param>
/// <param name="SampleSize">Units sampled.</param>
/// <param name="DefectsFound">Defects found.</param>
/// <param name="Notes">The notes.</param>
public sealed record InspectionFailed(QualityGrade Grade, int SampleSize, int DefectsFound, string Notes) : OrderEvent
{
    /// <summary>Gets the sampling plan that decided the verdict (R27); <see langword="null"/> for an inspection left out of the lifecycle.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SamplingPlan? Plan { get; init; }


}

/// <summary>
/// The delay alarm (R24, R40's early announcement): the expected completion is after the delivery date, because a reported
/// delay pushed it there or a change moved the delivery date before the plan. Raised at once; hosts turn it into notices
/// to sales and the customer.
/// </summary>
/// <param name="ExpectedCompletion">The completion now expected: the planned completion plus the expected delays reported.</param>
/// <param name="DueDate">The contractual delivery date it misses.</param>
/// <param name="Reason">What raised it.</param>
public sealed record ProductionDelayAlarmRaised(LocalDate ExpectedCompletion, LocalDate DueDate, string Reason) : OrderEvent;
