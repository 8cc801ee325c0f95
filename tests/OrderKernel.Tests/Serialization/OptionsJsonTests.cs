using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OrderKernel.Policies;
using OrderKernel.Serialization;
using Xunit;

namespace OrderKernel.Tests.Serialization;

/// <summary>Policy options are configuration a host stores and edits as JSON.</summary>
public class OptionsJsonTests
{
    private static T RoundTrip<T>(T value)
    {
        var info = (JsonTypeInfo<T>)OrderKernelJson.Options.GetTypeInfo(typeof(T));
        return JsonSerializer.Deserialize(JsonSerializer.Serialize(value, info), info)!;
    }

    [Fact]
    public void AuthorizationPolicyOptions_RoundTrip()
    {
        var options = new AuthorizationPolicyOptions { AllowedRoles = ImmutableDictionary<CommandKind, ValueList<Role>>.Empty.Add(CommandKind.Ship, ValueList<Role>.Of(Role.Warehouse, Role.Of("logistics"))) };
        var back = RoundTrip(options);
        Assert.NotEmpty(back.AllowedRoles);
        Assert.Equal(options.AllowedRoles.Count, back.AllowedRoles.Count);
        foreach (var (kind, roles) in options.AllowedRoles)
        {
            Assert.Equal(roles, back.AllowedRoles[kind]);
        }

        Assert.Equal(options.ReviewSigners.OrderBy(p => p.Key), back.ReviewSigners.OrderBy(p => p.Key));
        Assert.Equal(options.Approvers.OrderBy(p => p.Key), back.Approvers.OrderBy(p => p.Key));
    }

    [Fact]
    public void OtherOptions_RoundTrip()
    {
        Assert.Equal(new NumberingPolicyOptions { OrderPrefix = "PO", Digits = 8 }, RoundTrip(new NumberingPolicyOptions { OrderPrefix = "PO", Digits = 8 }));
        Assert.Equal(new ReviewPolicyOptions(), RoundTrip(new ReviewPolicyOptions()));
        Assert.Equal(new ApprovalPolicyOptions { DiscountNeedingGeneralManager = Percentage.Of(3m) }, RoundTrip(new ApprovalPolicyOptions { DiscountNeedingGeneralManager = Percentage.Of(3m) }));
        Assert.Equal(new SamplePolicyOptions { AllOrders = true }, RoundTrip(new SamplePolicyOptions { AllOrders = true }));
        Assert.Equal(new CancellationPolicyOptions { AllowAfterShipmentRelease = true }, RoundTrip(new CancellationPolicyOptions { AllowAfterShipmentRelease = true }));
        Assert.Equal(new ShipmentReleasePolicyOptions { AcceptLetterOfCredit = false }, RoundTrip(new ShipmentReleasePolicyOptions { AcceptLetterOfCredit = false }));
        var impact = RoundTrip(new ChangeImpactPolicyOptions { TestedAreas = [SpecificationArea.Hardware] });
        Assert.Equal(ValueList<SpecificationArea>.Of(SpecificationArea.Hardware), impact.TestedAreas);
        var holds = RoundTrip(new HoldPolicyOptions());
        Assert.Equal(new HoldPolicyOptions().AlwaysAllowed, holds.AlwaysAllowed);
        Assert.Equal(ValueList<CommandKind>.Of(CommandKind.ApproveSample, CommandKind.RejectSample), holds.AllowedByCode[HoldCode.CustomerRequest]);
    }

    [Fact]
    public void AuthorizationPolicyOptions_AreWrittenWithReadableKeys()
    {
        var options = new AuthorizationPolicyOptions { AllowedRoles = ImmutableDictionary<CommandKind, ValueList<Role>>.Empty.Add(CommandKind.ConfirmPayment, ValueList<Role>.Of(Role.Finance)) };
        var json = JsonSerializer.Serialize(options, (JsonTypeInfo<AuthorizationPolicyOptions>)OrderKernelJson.Options.GetTypeInfo(typeof(AuthorizationPolicyOptions)));
        Assert.Contains("\"ConfirmPayment\":[\"finance\"]", json, StringComparison.Ordinal);
    }
}
