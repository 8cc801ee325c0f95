using Xunit;

namespace OrderKernel.Host.Tests;

/// <summary>The host over a real SQLite file (the embedded default).</summary>
public sealed class SqliteHostTests
{
    private readonly HostScenarios _s = new(new Engine.Sqlite());

    [Fact]
    public Task TvExportScenario_OverHttp_MatchesTheKernelStepByStep() => _s.TvExportScenario_OverHttp_MatchesTheKernelStepByStep();

    [Fact]
    public Task Refusals_AreProblemDetails_WithTheKernelsCodesRulesAndMessages() => _s.Refusals_AreProblemDetails_WithTheKernelsCodesRulesAndMessages();

    [Fact]
    public Task IdempotentRetry_AppendsNothing_AndAnswersTheSameVersion() => _s.IdempotentRetry_AppendsNothing_AndAnswersTheSameVersion();

    [Fact]
    public Task BadJson_Is400_WithKindAndPath() => _s.BadJson_Is400_WithKindAndPath();

    [Fact]
    public Task ConcurrentClients_OneWinnerPerVersion_LosersRetry_NoGapNoDuplicate() => _s.ConcurrentClients_OneWinnerPerVersion_LosersRetry_NoGapNoDuplicate(hosts: 1);

    [Fact]
    public Task ConcurrentClients_TwoHostsOnOneFile_NoGapNoDuplicate() => _s.ConcurrentClients_OneWinnerPerVersion_LosersRetry_NoGapNoDuplicate(hosts: 2);

    [Fact]
    public Task CachedState_NeverWinsOverANewerStreamFromAnotherHost() => _s.CachedState_NeverWinsOverANewerStreamFromAnotherHost();

    [Fact]
    public Task AppendOvertakenAfterCatchUp_Is409_DropsTheCacheEntry_AndTheRetrySucceeds() => _s.AppendOvertakenAfterCatchUp_Is409_DropsTheCacheEntry_AndTheRetrySucceeds();

    [Fact]
    public Task AbortedAppend_LeavesNothing_AndRestartReplaysTheSameState() => _s.AbortedAppend_LeavesNothing_AndRestartReplaysTheSameState();

    [Fact]
    public Task CorruptStoredEvent_IsReported_NotSkipped() => _s.CorruptStoredEvent_IsReported_NotSkipped();

    [Fact]
    public Task OldEventShape_IsUpcastOnReading() => _s.OldEventShape_IsUpcastOnReading();

    [Fact]
    public Task Reminders_RecordOverdueNoticesOnce_AndTheListShowsTheServiceLevel() => _s.Reminders_RecordOverdueNoticesOnce_AndTheListShowsTheServiceLevel();
}
