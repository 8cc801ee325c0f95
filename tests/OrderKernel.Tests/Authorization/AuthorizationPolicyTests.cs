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
}
