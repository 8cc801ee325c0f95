namespace OrderKernel.Testing;

/// <summary>What <see cref="PropertyCheck.Falsify{T}"/> found: the value that failed, the smallest one it shrank to, and how to replay it.</summary>
/// <typeparam name="T">The generated value type (e.g. a sequence of steps).</typeparam>
/// <param name="Original">The first value that failed.</param>
/// <param name="Shrunk">The smallest failing value shrinking found.</param>
/// <param name="Tests">The tests run until the failure.</param>
/// <param name="Shrinks">The successful shrink steps.</param>
/// <param name="Replay">The seed that replays the run, as FsCheck.Xunit's <c>[Property(Replay = "...")]</c> takes it.</param>
/// <param name="Message">The failure of the shrunk value (the exception's message).</param>
/// <param name="Report">FsCheck's full report.</param>
public sealed record Counterexample<T>(T Original, T Shrunk, int Tests, int Shrinks, string Replay, string Message, string Report);
