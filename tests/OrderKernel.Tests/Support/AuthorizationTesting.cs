using OrderKernel.Policies;

namespace OrderKernel.Tests;

/// <summary>Asks an authorization policy about a kind with the permission the standard modules declare for it.</summary>
internal static class AuthorizationTesting
{
    public static Violation? Authorize(this IAuthorizationPolicy policy, Actor actor, CommandKind kind) =>
        policy.Authorize(actor, OrderDecider.Permission(kind));
}
