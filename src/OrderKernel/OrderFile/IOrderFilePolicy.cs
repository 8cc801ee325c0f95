namespace OrderKernel.Policies;

/// <summary>Decides which documents the order file needs once the order has reached its milestones (R46).</summary>
public interface IOrderFilePolicy
{
    /// <summary>Lists the documents required, each with its reason; a kind needed several times appears several times.</summary>
    /// <param name="question">The milestones reached and the facts that make documents conditional.</param>
    /// <returns>The requirements.</returns>
    ValueList<FileRequirement> Requirements(OrderFileQuestion question);
}
