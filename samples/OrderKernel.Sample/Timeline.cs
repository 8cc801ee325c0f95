using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using OrderKernel.Policies;

namespace OrderKernel.Sample;

/// <summary>Drives one order like a host would (state in memory, events appended) and writes a readable timeline.</summary>
public sealed class Timeline
{
    private static readonly LocalDateTimePattern TimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");
    private readonly StringBuilder _out = new();
    private readonly List<OrderEvent> _events = [];
    private readonly DateTimeZone _zone;
    private int _step;

    /// <summary>Creates a timeline whose times are shown in <paramref name="zone"/>.</summary>
    /// <param name="zone">The display time zone.</param>
    /// <param name="policies">The host's policies.</param>
    public Timeline(DateTimeZone zone, OrderPolicies policies)
    {
        _zone = zone;
        Policies = policies;
    }

    /// <summary>Gets the policies.</summary>
    public OrderPolicies Policies { get; }

    /// <summary>Gets the current state.</summary>
    public Order? State { get; private set; }

    /// <summary>Gets the events so far.</summary>
    public IReadOnlyList<OrderEvent> Events => _events;

    /// <summary>Gets the number of accepted and rejected commands.</summary>
    public (int Accepted, int Rejected) Counts { get; private set; }

    /// <summary>Decides a command at a local time and writes the outcome.</summary>
    /// <param name="at">When, in the display zone.</param>
    /// <param name="actor">Who.</param>
    /// <param name="command">What.</param>
    /// <returns><see langword="true"/> when accepted.</returns>
    public bool Issue(LocalDateTime at, Actor actor, OrderCommand command)
    {
        var now = at.InZoneStrictly(_zone).ToInstant();
        var result = OrderDecider.Decide(State, command, DecisionContext.Create(now, actor, Policies));
        _step++;
        _out.Append(CultureInfo.InvariantCulture, $"{_step,2}. {TimePattern.Format(at)}  {command.Kind} by {actor.Name}\n");
        if (!result.TryGetAccepted(out var accepted, out var rejected))
        {
            Counts = (Counts.Accepted, Counts.Rejected + 1);
            foreach (var v in rejected.Violations)
            {
                _out.Append(CultureInfo.InvariantCulture, $"      x REJECTED {v.Code} [{v.Rule}]: {v.Message}\n");
            }

            return false;
        }

        State = accepted.State;
        _events.AddRange(accepted.Events);
        Counts = (Counts.Accepted + 1, Counts.Rejected);
        foreach (var e in accepted.Events)
        {
            _out.Append("      + ").Append(EventText.Describe(e)).Append('\n');
        }

        _out.Append(CultureInfo.InvariantCulture, $"      = {accepted.State.Status}, version {accepted.State.Version}\n");
        return true;
    }

    /// <summary>Writes a heading.</summary>
    /// <param name="text">The heading.</param>
    public void Section(string text) => _out.Append('\n').Append("== ").Append(text).Append(" ==\n");

    /// <summary>Writes a line.</summary>
    /// <param name="text">The text.</param>
    public void Line(string text) => _out.Append(text).Append('\n');

    /// <summary>Formats an instant in the display zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The text.</returns>
    public string Format(Instant instant) => TimePattern.Format(instant.InZone(_zone).LocalDateTime);

    /// <inheritdoc />
    public override string ToString() => _out.ToString();
}
