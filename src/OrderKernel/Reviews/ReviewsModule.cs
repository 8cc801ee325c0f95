using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Reviews (R4–R7): submitting, signing and revising; each signature moves the review round's sub-machine.</summary>
internal sealed class ReviewsModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<ReviewStarted>(ReviewDecider.Apply);
        m.Applies<ReviewSigned>(ReviewDecider.Apply);
        m.Applies<ReviewStageCompleted>(ReviewDecider.Apply);
        m.Applies<ReviewPassed>(ReviewDecider.Apply);
        m.Applies<MaterialReserved>(ReviewDecider.Apply);
        m.Applies<MaterialsMoved>(MaterialLedger.Apply);
        m.Applies<ReviewRejected>(ReviewDecider.Apply);
        m.Applies<OrderRevised>(ReviewDecider.Apply);
        m.Command<SubmitForReview>(K.SubmitForReview)
            .AllowedTo(Role.SalesRepresentative, Role.SalesManager)
            .Permit(S.Recorded, S.UnderReview)
            .Decide(ReviewDecider.Decide);
        m.Command<SignReview>(K.SignReview)
            .AllowedTo(Role.SalesManager, Role.ProductionManager, Role.TechnicalManager, Role.ProcurementManager, Role.QualityManager, Role.FinanceManager)
            .AuthorizedUnder("R5")
            .Permit(S.UnderReview, S.UnderReview)
            .Permit(S.UnderReview, S.Reviewed)
            .Permit(S.UnderReview, S.ReviewRejected)
            .Decide(ReviewDecider.Decide)
            .Verify(static (before, after) =>
            {
                if (before.Review is { } was && after.Review is { } now)
                {
                    ReviewDecider.CheckSubMachine(was, now);
                }
            });
        m.Command<ReviseOrder>(K.ReviseOrder)
            .AllowedTo(Role.SalesRepresentative, Role.SalesManager)
            .Permit(S.ReviewRejected, S.Recorded)
            .Decide(ReviewDecider.Decide);
    }
}
