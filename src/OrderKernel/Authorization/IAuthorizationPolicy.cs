namespace OrderKernel.Policies;

/// <summary>Who may issue which command (R19, R30, R34), sign which review (R5) and approve at which level (R8).</summary>
public interface IAuthorizationPolicy
{
    /// <summary>Checks whether the actor may issue a command.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="command">The command's kind, the roles its module allows by default and the rule a refusal cites (the kernel passes them).</param>
    /// <returns><see langword="null"/> when allowed; otherwise the violation explaining which roles are needed.</returns>
    Violation? Authorize(Actor actor, CommandPermission command);

    /// <summary>Tells whether the actor may sign the review of a department (R5).</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="department">The department.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    bool CanSignReview(Actor actor, Department department);

    /// <summary>Tells whether the actor may approve at a level (R8).</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="level">The approval level.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    bool CanApprove(Actor actor, ApprovalLevel level);
}
