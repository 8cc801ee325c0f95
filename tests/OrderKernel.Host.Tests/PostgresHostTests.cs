using Xunit;

namespace OrderKernel.Host.Tests;

/// <summary>The host over a real PostgreSQL server (.ci/run starts one; skipped with the reason when the variable is not set).</summary>
public sealed class PostgresHostTests
{
    private readonly HostScenarios _s = new(new Engine.Postgres());

    [PostgresFact]
    public Task TvExportScenario_OverHttp_MatchesTheKernelStepByStep() => _s.TvExportScenario_OverHttp_MatchesTheKernelStepByStep();

    [PostgresFact]
    public Task Refusals_AreProblemDetails_WithTheKernelsCodesRulesAndMessages() => _s.Refusals_AreProblemDetails_WithTheKernelsCodesRulesAndMessages();

    [PostgresFact]
    public Task IdempotentRetry_AppendsNothing_AndAnswersTheSameVersion() => _s.IdempotentRetry_AppendsNothing_AndAnswersTheSameVersion();

    [PostgresFact]
    public Task BadJson_Is400_WithKindAndPath() => _s.BadJson_Is400_WithKindAndPath();

    [PostgresFact]
    public Task ConcurrentClients_OneWinnerPerVersion_LosersRetry_NoGapNoDuplicate() => _s.ConcurrentClients_OneWinnerPerVersion_LosersRetry_NoGapNoDuplicate(hosts: 1);

    [PostgresFact]
    public Task ConcurrentClients_TwoHostInstancesOnOneDatabase_NoGapNoDuplicate() => _s.ConcurrentClients_OneWinnerPerVersion_LosersRetry_NoGapNoDuplicate(hosts: 2);

    [PostgresFact]
    public Task CachedState_NeverWinsOverANewerStreamFromAnotherHost() => _s.CachedState_NeverWinsOverANewerStreamFromAnotherHost();

    [PostgresFact]
    public Task AppendOvertakenAfterCatchUp_Is409_DropsTheCacheEntry_AndTheRetrySucceeds() => _s.AppendOvertakenAfterCatchUp_Is409_DropsTheCacheEntry_AndTheRetrySucceeds();

    [PostgresFact]
    public Task AbortedAppend_LeavesNothing_AndRestartReplaysTheSameState() => _s.AbortedAppend_LeavesNothing_AndRestartReplaysTheSameState();

    [PostgresFact]
    public Task CorruptStoredEvent_IsReported_NotSkipped() => _s.CorruptStoredEvent_IsReported_NotSkipped();

    [PostgresFact]
    public Task OldEventShape_IsUpcastOnReading() => _s.OldEventShape_IsUpcastOnReading();

    [PostgresFact]
    public Task Reminders_RecordOverdueNoticesOnce_AndTheListShowsTheServiceLevel() => _s.Reminders_RecordOverdueNoticesOnce_AndTheListShowsTheServiceLevel();
}
