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
        m.Applies<ReviewSigned, Review>(s => s.Review, ReviewDecider.Apply);
        m.Applies<ReviewStageCompleted, Review>(s => s.Review, ReviewDecider.Apply);
        m.Applies<ReviewPassed, Review>(s => s.Review, ReviewDecider.Apply);
        m.Applies<MaterialReserved, Review>(s => s.Review, ReviewDecider.Apply);
        m.Applies<MaterialsMoved, Review>(s => s.Review, MaterialLedger.Apply);
        m.Applies<ReviewRejected, Review>(s => s.Review, ReviewDecider.Apply);
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
            .Decide(s => s.Review, ReviewDecider.Decide)
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
