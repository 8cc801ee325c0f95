using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrderKernel.Policies;
using OrderKernel.Serialization;
using OrderKernel.Tests.Support;
using Xunit;
using Stage = OrderKernel.Testing.ScenarioStage;

namespace OrderKernel.Tests.OrderFile;

/// <summary>R46: the order file keeps typed, numbered and hashed documents and says what the stage still lacks.</summary>
public class OrderFileTests
{
    private static string Hash(char c) => "sha256:" + new string(c, 64);

    private static AttachDocument Doc(DocumentKind kind, string number, char hash = 'a') => new(kind, number, Hash(hash), kind + " " + number);

    [Fact]
    public void AttachDocument_WithKindNumberAndHash_IsKeptInTheFileWithWhoAndWhen_R46()
    {
        var s = TvOrder.Through(Stage.Contracted);
        var accepted = s.Do(Doc(DocumentKind.Contract, "CT-46", 'b'), Actors.SalesManager);
        var attached = Assert.IsType<DocumentAttached>(Assert.Single(accepted.Events)).Document;
        Assert.Equal(new OrderDocument(DocumentKind.Contract, "CT-46", Hash('b'), "Contract CT-46", Actors.SalesManager.Id, s.Now), attached);
        Assert.Equal([attached], s.Current.Documents);
        Assert.Equal(OrderStatus.AwaitingDeposit, s.Current.Status);
    }

    [Theory]
    [InlineData("SHA256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("sha256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("sha256:aaaa")]
    [InlineData("md5:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("sha256:gaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/a")]
    public void AttachDocument_ContentHashNotLowercaseSha256Hex_IsRefused_R46(string hash)
    {
        var s = TvOrder.Through(Stage.Recorded);
        var v = s.Refuse(new AttachDocument(DocumentKind.SpecificationSheet, "SPEC-1", hash, "spec"), Actors.Sales).Has(ViolationCodes.DocumentHashInvalid, "R46");
        Assert.Contains("64 lowercase hexadecimal digits", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AttachDocument_DigitsAndLowercaseHex_IsAccepted_R46()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(new AttachDocument(DocumentKind.SpecificationSheet, "SPEC-1", "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "spec"), Actors.Sales);
        Assert.Single(s.Current.Documents);
    }

    [Fact]
    public void AttachDocument_SameKindAndNumberTwice_IsRefused_ButAnotherKindWithThatNumberIsNot_R46()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(Doc(DocumentKind.SpecificationSheet, "X-1"), Actors.Sales);
        var v = s.Refuse(Doc(DocumentKind.SpecificationSheet, "X-1", 'c'), Actors.Sales).Has(ViolationCodes.DocumentAlreadyAttached, "R46");
        Assert.StartsWith("The order file already holds SpecificationSheet X-1", v.Message, StringComparison.Ordinal);
        s.Do(Doc(DocumentKind.ReviewForm, "X-1"), Actors.Sales);
        Assert.Equal(2, s.Current.Documents.Count);
    }

    [Fact]
    public void AttachDocument_AfterClosing_IsAllowed_TheFileIsArchivedThen_R46()
    {
        var s = TvOrder.Through(Stage.Closed);
        s.Do(Doc(DocumentKind.OrderLedger, "LEDGER-1"), Actors.Finance);
        Assert.Equal(OrderStatus.Closed, s.Current.Status);
        Assert.Single(s.Current.Documents);
    }

    [Fact]
    public void AttachDocument_ByTheCustomer_IsRefusedUnderR46()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Refuse(Doc(DocumentKind.SpecificationSheet, "SPEC-1"), Actors.Customer).Has(ViolationCodes.RoleNotAllowed, "R46");
    }

    [Fact]
    public void OrderFile_OfADeliveredOrder_ListsTheSeedsDocumentsAndWhatIsMissing_R46()
    {
        var s = TvOrder.Through(Stage.Delivered);
        s.Do(Doc(DocumentKind.SpecificationSheet, "SPEC-1"), Actors.Sales);
        s.Do(Doc(DocumentKind.Contract, "CT-1"), Actors.Sales);
        s.Do(Doc(DocumentKind.Invoice, "INV-1"), Actors.Finance);
        var file = OrderKernel.OrderFile.Of(s.Current, s.Policies.OrderFile);
        Assert.Equal(OrderStatus.Delivered, file.Status);
        Assert.Equal(3, file.Documents.Count);
        Assert.Equal(
            [DocumentKind.SpecificationSheet, DocumentKind.ReviewForm, DocumentKind.Contract, DocumentKind.InspectionReport, DocumentKind.DeliveryNote, DocumentKind.ArrivalNotice],
            file.Required.Select(r => r.Kind));
        Assert.Equal([DocumentKind.ReviewForm, DocumentKind.InspectionReport, DocumentKind.DeliveryNote, DocumentKind.ArrivalNotice], file.Missing.Select(r => r.Kind));
        Assert.Equal("required from milestone InspectionRecorded", file.Missing[1].Reason);
        Assert.False(file.IsComplete);
    }

    [Fact]
    public void OrderFile_OfAReceivedOrder_RequiresNothingYet_R46()
    {
        var s = TvOrder.Through(Stage.Received);
        var file = OrderKernel.OrderFile.Of(s.Current, OrderFilePolicy.Default);
        Assert.Empty(file.Required);
        Assert.True(file.IsComplete);
    }

    [Fact]
    public void OrderFilePolicy_LetterOfCreditAndAppliedChanges_RequireTheirCopyAndOneFormPerChange_R46()
    {
        var q = new OrderFileQuestion(ValueList<Milestone>.Of(Milestone.Received, Milestone.Received), HasLetterOfCredit: true, AppliedChanges: 2);
        Assert.Equal(
            [new FileRequirement(DocumentKind.LetterOfCreditCopy, "a letter of credit is registered (R18)"), new FileRequirement(DocumentKind.ChangeForm, "change 1 was applied (R37)"), new FileRequirement(DocumentKind.ChangeForm, "change 2 was applied (R37)")],
            OrderFilePolicy.Default.Requirements(q));
        var off = OrderFilePolicy.Create(new OrderFilePolicyOptions { LetterOfCreditCopy = false, ChangeFormPerChange = false });
        Assert.Empty(off.Requirements(q));
    }

    [Fact]
    public void OrderFilePolicy_AnExportersTable_RequiresCustomsPapersOnceShipped_AndAMilestoneReachedTwiceCountsOnce_R46()
    {
        var options = new OrderFilePolicyOptions();
        var policy = OrderFilePolicy.Create(options with
        {
            RequiredFrom = options.RequiredFrom.SetItem(Milestone.Shipped, ValueList<DocumentKind>.Of(DocumentKind.DeliveryNote, DocumentKind.CustomsDeclaration, DocumentKind.ClearancePapers)),
        });
        var required = policy.Requirements(new OrderFileQuestion(ValueList<Milestone>.Of(Milestone.Shipped, Milestone.Shipped), false, 0));
        Assert.Equal([DocumentKind.DeliveryNote, DocumentKind.CustomsDeclaration, DocumentKind.ClearancePapers], required.Select(r => r.Kind));
    }

    [Fact]
    public void OrderFile_TwoChangesNeedTwoChangeForms_OneAttachedLeavesOneMissing_R46()
    {
        var s = TvOrder.Through(Stage.Recorded);
        s.Do(Doc(DocumentKind.ChangeForm, "CF-1"), Actors.Sales);
        var policy = new CountingPolicy(2);
        var file = OrderKernel.OrderFile.Of(s.Current, policy);
        Assert.Equal([new FileRequirement(DocumentKind.ChangeForm, "change 2")], file.Missing);
    }

    [Fact]
    public void OrderFilePolicy_Create_RefusesBadOptions()
    {
        Assert.Throws<ArgumentNullException>(() => OrderFilePolicy.Create(null!));
        Assert.Throws<ArgumentNullException>(() => OrderFilePolicy.Create(new OrderFilePolicyOptions { RequiredFrom = null! }));
        Assert.ThrowsAny<ArgumentException>(() => OrderFilePolicy.Create(new OrderFilePolicyOptions { RequiredFrom = ImmutableDictionary<Milestone, ValueList<DocumentKind>>.Empty.Add((Milestone)99, ValueList<DocumentKind>.Of(DocumentKind.Other)) }));
        Assert.ThrowsAny<ArgumentException>(() => OrderFilePolicy.Create(new OrderFilePolicyOptions { RequiredFrom = ImmutableDictionary<Milestone, ValueList<DocumentKind>>.Empty.Add(Milestone.Shipped, ValueList<DocumentKind>.Of((DocumentKind)99)) }));
        Assert.Throws<ArgumentNullException>(() => OrderFilePolicy.Default.Requirements(null!));
        Assert.Throws<ArgumentNullException>(() => OrderKernel.OrderFile.Of(null!, OrderFilePolicy.Default));
        Assert.Throws<ArgumentNullException>(() => OrderKernel.OrderFile.Of(TvOrder.Through(Stage.Received).Current, null!));
    }

    /// <summary>R46 invariant: what is missing is exactly what is required less what is attached (counted per kind), so attaching the missing completes the file.</summary>
    [Property(MaxTest = 200)]
    public Property OrderFile_MissingIsRequiredLessAttached_AndAttachingItCompletesTheFile_R46() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Enum.GetValues<DocumentKind>())).ToArbitrary(), Gen.Elements(Enum.GetValues<Stage>()).ToArbitrary(), (kinds, stage) =>
        {
            var s = TvOrder.Through(stage);
            for (var i = 0; i < Math.Min(kinds.Length, 8); i++)
            {
                s.Do(Doc(kinds[i], "N-" + i), Actors.Finance);
            }

            var file = OrderKernel.OrderFile.Of(s.Current, OrderFilePolicy.Default);
            foreach (var kind in Enum.GetValues<DocumentKind>())
            {
                var required = file.Required.Count(r => r.Kind == kind);
                var attached = file.Documents.Count(d => d.Kind == kind);
                Assert.Equal(Math.Max(0, required - attached), file.Missing.Count(r => r.Kind == kind));
            }

            var n = 0;
            foreach (var missing in file.Missing)
            {
                s.Do(Doc(missing.Kind, "M-" + n++), Actors.Finance);
            }

            Assert.True(OrderKernel.OrderFile.Of(s.Current, OrderFilePolicy.Default).IsComplete);
        });

    [Fact]
    public void OrderFilePolicyOptions_AndTheReport_RoundTripThroughJson_R46()
    {
        var options = new OrderFilePolicyOptions { LetterOfCreditCopy = false };
        var json = System.Text.Json.JsonSerializer.Serialize(options, OrderKernelJson.Options);
        var back = System.Text.Json.JsonSerializer.Deserialize<OrderFilePolicyOptions>(json, OrderKernelJson.Options)!;
        Assert.False(back.LetterOfCreditCopy);
        Assert.Equal(options.RequiredFrom[Milestone.Completed], back.RequiredFrom[Milestone.Completed]);
        var s = TvOrder.Through(Stage.Shipped);
        s.Do(Doc(DocumentKind.DeliveryNote, "DN-1"), Actors.Warehouse);
        var report = OrderKernel.OrderFile.Of(s.Current, OrderFilePolicy.Default);
        var read = System.Text.Json.JsonSerializer.Deserialize<OrderFileReport>(System.Text.Json.JsonSerializer.Serialize(report, OrderKernelJson.Options), OrderKernelJson.Options)!;
        Assert.Equal(report, read);
    }

    private sealed class CountingPolicy(int changes) : IOrderFilePolicy
    {
        public ValueList<FileRequirement> Requirements(OrderFileQuestion question) =>
            ValueList<FileRequirement>.From(Enumerable.Range(1, changes).Select(i => new FileRequirement(DocumentKind.ChangeForm, "change " + i)));
    }
}
