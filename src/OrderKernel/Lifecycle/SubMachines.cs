namespace OrderKernel;

/// <summary>The review round's sub-machine (R5–R6): the stages and outcomes a <see cref="CommandKind.SignReview"/> can move it through.</summary>
public static class ReviewLifecycle
{
    /// <summary>Gets the review sub-machine definition.</summary>
    public static StateMachineDefinition<ReviewOutcome, CommandKind> Definition { get; } = StateMachineDefinition<ReviewOutcome, CommandKind>.Create(
        "review",
        ReviewOutcome.InitialPending,
        [
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.InitialPending, CommandKind.SignReview, ReviewOutcome.InitialPending),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.InitialPending, CommandKind.SignReview, ReviewOutcome.DetailPending),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.InitialPending, CommandKind.SignReview, ReviewOutcome.Passed),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.InitialPending, CommandKind.SignReview, ReviewOutcome.Rejected),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.DetailPending, CommandKind.SignReview, ReviewOutcome.DetailPending),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.DetailPending, CommandKind.SignReview, ReviewOutcome.Passed),
            StateMachineDefinition<ReviewOutcome, CommandKind>.Edge(ReviewOutcome.DetailPending, CommandKind.SignReview, ReviewOutcome.Rejected),
        ],
        []);
}
