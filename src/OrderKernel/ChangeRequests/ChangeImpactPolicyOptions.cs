namespace OrderKernel.Policies;

/// <summary>Options of the default change impact policy; the defaults follow the seeds (R33–R35).</summary>
public sealed record ChangeImpactPolicyOptions
{
    /// <summary>
    /// Gets the specification areas whose change, once production has started, needs a technical test and the customer's
    /// confirmation, with the order on hold meanwhile (R35); default hardware and software.
    /// </summary>
    public ValueList<SpecificationArea> TestedAreas { get; init; } = ValueList<SpecificationArea>.Of(SpecificationArea.Hardware, SpecificationArea.Software);
}
