namespace OrderKernel;

/// <summary>The change requests area's slice of an order (R33, R37): the revision, the requests and the permanent change record.</summary>
internal sealed record ChangeState
{
    /// <summary>Gets the order revision: 0 until a change is applied.</summary>
    public int Revision { get; init; }

    /// <summary>Gets the change requests, in order of submission.</summary>
    public ValueList<ChangeRequest> Requests { get; init; }

    /// <summary>Gets the permanent change record.</summary>
    public ValueList<ChangeRecord> Log { get; init; }
}
