using System.Text.Json.Serialization;

namespace OrderKernel;

/// <summary>How the order's priority was decided (R4): the priority policy's classification and, when the host overrode it, by whom.</summary>
/// <param name="Classified">The priority the priority policy classified.</param>
/// <param name="Reasons">The policy's reasons (urgency, amount, importance).</param>
/// <param name="OverriddenBy">Who declared a different priority on <see cref="ReceiveOrder"/>; <see langword="null"/> when the classification stands.</param>
public sealed record PriorityBasis(Priority Classified, ValueList<string> Reasons, ActorId? OverriddenBy)
{
    /// <summary>Gets a value indicating whether the host overrode the classification.</summary>
    [JsonIgnore]
    public bool Overridden => OverriddenBy is not null;
}
