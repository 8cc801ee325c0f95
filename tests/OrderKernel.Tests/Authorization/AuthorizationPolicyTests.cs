using System.Collections.Immutable;
using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Authorization;

/// <summary>The role-based authorization policy's refusals (R34).</summary>
public class AuthorizationPolicyTests
{
    [Fact]
    public void Authorization_ReplacesDeclaredRoles_AndNamesKindsNoRoleMayIssue_R34()
    {
        var policy = AuthorizationPolicy.Default;
        Assert.Throws<ArgumentNullException>(() => policy.Authorize(null!, CommandKind.CloseOrder));
        Assert.Throws<ArgumentNullException>(() => policy.Authorize(Actors.Finance, (CommandPermission)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderDecider.Permission((CommandKind)999));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderDecider.Permission((CommandKind)Enum.GetValues<CommandKind>().Length));

        // The module's declared roles apply unless the options replace them; an empty list allows nobody.
        Assert.Equal("CloseOrder needs one of: sales-manager, finance.", policy.Authorize(Actors.Sales, CommandKind.CloseOrder)!.Message);
        var strict = AuthorizationPolicy.Create(new AuthorizationPolicyOptions { AllowedRoles = ImmutableDictionary<CommandKind, ValueList<Role>>.Empty.Add(CommandKind.CloseOrder, default) });
        var nobody = strict.Authorize(Actors.Finance, CommandKind.CloseOrder)!;
        Assert.Equal(("No role may CloseOrder.", "R34"), (nobody.Message, nobody.Rule));
        Assert.Null(strict.Authorize(Actors.Finance, CommandKind.ConfirmPayment));
        var custom = new CommandPermission(CommandKind.CloseOrder, ValueList<Role>.Of(Role.Warehouse), "R99");
        Assert.Null(policy.Authorize(Actors.Warehouse, custom));
        Assert.Equal("R99", policy.Authorize(Actors.Finance, custom)!.Rule);
    }

    [Fact]
    public void Authorize_Refusal_IsTheSameForEveryActor_AndFollowsThePermissionItIsGiven_R34()
    {
        var policy = AuthorizationPolicy.Create(new AuthorizationPolicyOptions());
        var declared = OrderDecider.Permission(CommandKind.ConfirmPayment);

        // Built once per kind: the same refusal for every actor who lacks the roles, whoever asks first.
        var first = policy.Authorize(Actors.Sales, declared)!;
        Assert.Same(first, policy.Authorize(Actors.Warehouse, declared));
        Assert.Equal(("auth.role-not-allowed", "R19", "ConfirmPayment needs one of: finance."), (first.Code, first.Rule, first.Message));

        // An equal permission reuses it; a different one for the same kind (a host's roles) gets its own refusal.
        Assert.Same(first, policy.Authorize(Actors.Sales, declared with { }));
        var remapped = declared with { DeclaredRoles = ValueList<Role>.Of(Role.FinanceManager), Rule = "R99" };
        var other = policy.Authorize(Actors.Sales, remapped)!;
        Assert.Equal(("ConfirmPayment needs one of: finance-manager.", "R99"), (other.Message, other.Rule));
        Assert.Same(other, policy.Authorize(Actors.Warehouse, remapped));
        Assert.NotSame(first, policy.Authorize(Actors.Sales, declared));

        // A kind outside the enumeration (a host's cast) is refused the same way, built each time.
        var foreign = new CommandPermission((CommandKind)999, ValueList<Role>.Of(Role.Finance), "R34");
        Assert.Equal("999 needs one of: finance.", policy.Authorize(Actors.Sales, foreign)!.Message);
        Assert.Null(policy.Authorize(Actors.Finance, foreign));
    }
}
