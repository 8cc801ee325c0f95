using System;

namespace OrderKernel.Testing;

/// <summary>A step of a scenario or a driver went the other way than the test expected: a refusal where an acceptance was needed, or the reverse.</summary>
public sealed class ScenarioException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="ScenarioException"/> class.</summary>
    public ScenarioException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScenarioException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ScenarioException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScenarioException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScenarioException"/> class for a refused step.</summary>
    /// <param name="message">The message.</param>
    /// <param name="command">The command refused.</param>
    /// <param name="rejected">The refusal.</param>
    public ScenarioException(string message, OrderCommand command, Rejected rejected)
        : base(message)
    {
        Command = command;
        Rejected = rejected;
    }

    /// <summary>Gets the command of the step, when one was refused.</summary>
    public OrderCommand? Command { get; }

    /// <summary>Gets the refusal, when a step that had to be accepted was refused.</summary>
    public Rejected? Rejected { get; }
}
