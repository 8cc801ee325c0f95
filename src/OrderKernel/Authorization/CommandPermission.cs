namespace OrderKernel.Policies;

/// <summary>
/// What the kernel tells the authorization policy about a command: its kind, the roles its module allows by default
/// and the rule a refusal for a missing role cites (R34 unless the module names another).
/// </summary>
/// <param name="Kind">The command kind.</param>
/// <param name="DeclaredRoles">The roles the command's module allows by default.</param>
/// <param name="Rule">The rule a refusal cites.</param>
public sealed record CommandPermission(CommandKind Kind, ValueList<Role> DeclaredRoles, string Rule);
