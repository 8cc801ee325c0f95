using OrderKernel.Policies;
using OrderKernel.Tests.Support;
using Xunit;

namespace OrderKernel.Tests.Authorization;

/// <summary>The role-based authorization policy's refusals (R34).</summary>
public class AuthorizationPolicyTests
{
    [Fact]
    public void Authorization_RefusesUnknownKinds_AndNamesKindsNoRoleMayIssue_R34()
    {
        var policy = AuthorizationPolicy.Default;
        Assert.Throws<ArgumentNullException>(() => policy.Authorize(null!, CommandKind.CloseOrder));
        var unknown = policy.Authorize(Actors.SalesManager, (CommandKind)999)!;
        Assert.Equal((ViolationCodes.InvalidInput, "Unknown command kind 999.", "kernel"), (unknown.Code, unknown.Message, unknown.Rule));
        var pastTheLast = (CommandKind)Enum.GetValues<CommandKind>().Length; // the first value beyond the table
        Assert.Equal($"Unknown command kind {(int)pastTheLast}.", policy.Authorize(Actors.SalesManager, pastTheLast)!.Message);

        // A kind left out of the options is allowed to nobody, and the refusal says so.
        var roles = new AuthorizationPolicyOptions().AllowedRoles.Remove(CommandKind.CloseOrder);
        var strict = AuthorizationPolicy.Create(new AuthorizationPolicyOptions { AllowedRoles = roles });
        var nobody = strict.Authorize(Actors.Finance, CommandKind.CloseOrder)!;
        Assert.Equal($"{Actors.Finance.Name} may not CloseOrder: no role is allowed.", nobody.Message);
        Assert.Equal($"{Actors.Sales.Name} may not CloseOrder: needs one of: sales-manager, finance.", AuthorizationPolicy.Default.Authorize(Actors.Sales, CommandKind.CloseOrder)!.Message);
    }
}
