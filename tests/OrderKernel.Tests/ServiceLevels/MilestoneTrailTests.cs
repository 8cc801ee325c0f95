using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OrderKernel.Sample;
using OrderKernel.Serialization;
using Xunit;

namespace OrderKernel.Tests.ServiceLevels;

/// <summary>
/// The milestones reached (R38) are kept as a chain that later states share: appending copies nothing, every state still
/// reads its own milestones in the order reached, and two orders compare by the milestones, not by how they were built.
/// </summary>
public class MilestoneTrailTests
{
    private static readonly Timeline Tv = TvExportScenario.Run();
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static Order Inspected()
    {
        Order? state = null;
        foreach (var e in Tv.Events)
        {
            state = OrderDecider.Evolve(state, e);
            if (state.Status == OrderStatus.Inspected)
            {
                return state;
            }
        }

        throw new InvalidOperationException("The TV order is never inspected.");
    }

    [Fact]
    public void EveryStateOfTheTvOrder_ReadsTheMilestonesItsEventsReached_InOrder_R38()
    {
        var expected = new List<Milestone>();
        Order? state = null;
        foreach (var e in Tv.Events)
        {
            state = OrderDecider.Evolve(state, e);
            var read = state.Milestones;
            Assert.True(read.Count >= expected.Count);
            Assert.Equal(expected, read.AsSpan()[..expected.Count].ToArray().Select(m => m.Milestone));
            expected.Clear();
            expected.AddRange(read.Select(m => m.Milestone));
            Assert.All(read.AsSpan()[^Math.Min(read.Count, 2)..].ToArray(), m => Assert.True(m.At <= e.At));
        }

        Assert.Equal(
            [Milestone.Received, Milestone.Recorded, Milestone.ReviewStarted, Milestone.ReviewPassed],
            expected.Take(4));
        Assert.Equal(Milestone.Completed, expected[^1]);
    }

    [Fact]
    public void ReadingAState_NeverChangesWhatAnotherStateReads()
    {
        // Two successors of one state (the second decided after the first was read) and the state itself keep their own lists.
        var inspected = Inspected();
        var before = inspected.Milestones;
        var step = new CompleteStep(TrackedStep.Packed, "crated");
        var context = DecisionContext.Create(Tv.Events[^1].At, Actors.Warehouse);

        var first = OrderDecider.Decide(inspected, step, context).AsT0.State;
        var firstRead = first.Milestones;
        var second = OrderDecider.Decide(inspected, step with { Note = "again" }, context).AsT0.State;

        Assert.Equal(before.Count + 1, firstRead.Count);
        Assert.Equal(firstRead, second.Milestones);
        Assert.Equal(before, inspected.Milestones);
        Assert.Equal(before.AsSpan().ToArray(), firstRead.AsSpan()[..before.Count].ToArray());
        Assert.Equal(new MilestoneReached(Milestone.Packed, context.Now), firstRead[^1]);
    }

    [Fact]
    public void AnOrderReadFromItsSnapshot_EqualsTheDecidedOne_AndAppendsToIt()
    {
        var decided = Inspected();
        var read = OrderKernelJson.ReadSnapshot(OrderKernelJson.WriteSnapshot(decided)).AsT0;

        Assert.Equal(decided, read);
        Assert.Equal(decided.GetHashCode(), read.GetHashCode());
        Assert.Equal(decided.Milestones, read.Milestones);

        var context = DecisionContext.Create(Tv.Events[^1].At, Actors.Warehouse);
        var fromRead = OrderDecider.Decide(read, new CompleteStep(TrackedStep.Packed, "crated"), context).AsT0.State;
        var fromDecided = OrderDecider.Decide(decided, new CompleteStep(TrackedStep.Packed, "crated"), context).AsT0.State;
        Assert.Equal(fromDecided, fromRead);
        Assert.Equal(fromDecided.Milestones, fromRead.Milestones);
    }

    [Fact]
    public void Trails_CompareByContent()
    {
        var a = MilestoneTrail.Append(MilestoneTrail.Append(null, Milestone.Received, T0), Milestone.Recorded, T0 + Duration.FromHours(1));
        var b = MilestoneTrail.From([new MilestoneReached(Milestone.Received, T0), new MilestoneReached(Milestone.Recorded, T0 + Duration.FromHours(1))]);
        var otherTime = MilestoneTrail.Append(a.Previous, Milestone.Recorded, T0 + Duration.FromHours(2));
        var otherMilestone = MilestoneTrail.Append(a.Previous, Milestone.ReviewStarted, T0 + Duration.FromHours(1));
        var longer = MilestoneTrail.Append(a, Milestone.ReviewStarted, T0 + Duration.FromHours(3));
        var otherStart = MilestoneTrail.Append(MilestoneTrail.Append(null, Milestone.Recorded, T0), Milestone.Recorded, T0 + Duration.FromHours(1));

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), otherTime.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), otherMilestone.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), otherStart.GetHashCode());
        Assert.False(a.Equals(otherTime));
        Assert.False(a.Equals(otherMilestone));
        Assert.False(a.Equals(longer));
        Assert.False(longer.Equals(a));
        Assert.False(a.Equals(otherStart));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"trail"));
        Assert.Null(MilestoneTrail.From(default));
        Assert.True(MilestoneTrail.ToList(null).IsEmpty);
        Assert.Equal(2, b!.Count);
    }

    [Fact]
    public void ATrailReadFromAList_ReadsAsThatList()
    {
        var first = new MilestoneReached(Milestone.Received, T0);
        var second = new MilestoneReached(Milestone.Recorded, T0 + Duration.FromHours(1));
        var trail = MilestoneTrail.From([first, second]);

        var read = MilestoneTrail.ToList(trail);
        Assert.Equal(ValueList<MilestoneReached>.Of(first, second), read);
        Assert.Equal(read, MilestoneTrail.ToList(trail));
    }

    [Property(MaxTest = 300)]
    public Property AnyTrail_ReadsAsTheListOfWhatWasAppended_WhicheverNodesWereReadBefore() =>
        Prop.ForAll(
            Gen.Choose(0, 15).Three().ArrayOf().ToArbitrary(),
            ops =>
            {
                // Each op appends to a randomly chosen earlier trail and sometimes reads a random trail first.
                var versions = new List<(MilestoneTrail? Trail, MilestoneReached[] Expected)> { (null, []) };
                foreach (var (pick, milestone, read) in ops)
                {
                    if (read % 3 == 0)
                    {
                        var (t, e) = versions[read % versions.Count];
                        Assert.Equal(e, MilestoneTrail.ToList(t).AsSpan().ToArray());
                    }

                    var (trail, expected) = versions[pick % versions.Count];
                    var at = T0 + Duration.FromMinutes(versions.Count);
                    versions.Add((MilestoneTrail.Append(trail, (Milestone)milestone, at), [.. expected, new MilestoneReached((Milestone)milestone, at)]));
                }

                foreach (var (trail, expected) in versions)
                {
                    var list = MilestoneTrail.ToList(trail);
                    Assert.Equal(expected, list.AsSpan().ToArray());
                    Assert.Equal(expected.Length, trail?.Count ?? 0);
                    Assert.Equal(trail, MilestoneTrail.From(ValueList<MilestoneReached>.From(expected)));
                }
            });

    [Fact]
    public void ConcurrentReads_OfOneState_AllSeeTheSameMilestones()
    {
        var state = OrderDecider.Replay(Tv.Events)!;
        var reads = new ValueList<MilestoneReached>[32];
        Parallel.For(0, reads.Length, i => reads[i] = state.Milestones);
        Assert.All(reads, r => Assert.Equal(Tv.State!.Milestones, r));
    }
}
