using System.Diagnostics.CodeAnalysis;
using OneOf;

namespace OrderKernel;

/// <summary>
/// Reads the result of <see cref="OrderDecider.Decide"/> without OneOf's positional members: <c>result.IsAccepted</c>,
/// <c>result.Accepted</c>, <c>result.TryGetAccepted(out var accepted)</c> and the same for <see cref="Rejected"/>.
/// OneOf's <c>Match</c> and <c>Switch</c> remain for handling both cases at once.
/// </summary>
/// <example>
/// <code>
/// var result = OrderDecider.Decide(state, command, context);
/// if (result.TryGetAccepted(out var accepted))
/// {
///     state = accepted.State;
/// }
/// else
/// {
///     Console.WriteLine(result.Rejected);
/// }
/// </code>
/// </example>
public static class DecisionResults
{
    /// <summary>The members of a decision's result.</summary>
    /// <param name="result">The result of a decision.</param>
    extension(OneOf<Accepted, Rejected> result)
    {
        /// <summary>Gets a value indicating whether the command was accepted.</summary>
        public bool IsAccepted => result.IsT0;

        /// <summary>Gets a value indicating whether the command was refused.</summary>
        public bool IsRejected => result.IsT1;

        /// <summary>Gets the acceptance, or <see langword="null"/> when the command was refused.</summary>
        public Accepted? Accepted => result.IsT0 ? result.AsT0 : null;

        /// <summary>Gets the refusal, or <see langword="null"/> when the command was accepted.</summary>
        public Rejected? Rejected => result.IsT1 ? result.AsT1 : null;

        /// <summary>Gets the acceptance when the command was accepted.</summary>
        /// <param name="accepted">The acceptance, or <see langword="null"/>.</param>
        /// <returns><see langword="true"/> when the command was accepted.</returns>
        public bool TryGetAccepted([NotNullWhen(true)] out Accepted? accepted) => (accepted = result.Accepted) is not null;

        /// <summary>Gets the acceptance when the command was accepted, otherwise the refusal.</summary>
        /// <param name="accepted">The acceptance, or <see langword="null"/>.</param>
        /// <param name="rejected">The refusal, or <see langword="null"/> when the command was accepted.</param>
        /// <returns><see langword="true"/> when the command was accepted.</returns>
        public bool TryGetAccepted([NotNullWhen(true)] out Accepted? accepted, [NotNullWhen(false)] out Rejected? rejected)
        {
            rejected = result.Rejected;
            return result.TryGetAccepted(out accepted);
        }

        /// <summary>Gets the refusal when the command was refused.</summary>
        /// <param name="rejected">The refusal, or <see langword="null"/>.</param>
        /// <returns><see langword="true"/> when the command was refused.</returns>
        public bool TryGetRejected([NotNullWhen(true)] out Rejected? rejected) => (rejected = result.Rejected) is not null;
    }
}
