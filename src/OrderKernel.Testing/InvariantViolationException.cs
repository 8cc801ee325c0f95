using System;
using System.Collections.Generic;

namespace OrderKernel.Testing;

/// <summary>A decision broke one or more of the kernel's promises (<see cref="OrderInvariants"/>, <see cref="ReferenceModel"/>).</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="InvariantViolationException"/> class.</summary>
    public InvariantViolationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvariantViolationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvariantViolationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvariantViolationException"/> class listing the broken invariants.</summary>
    /// <param name="command">The command decided (its kind is named in the message).</param>
    /// <param name="broken">The invariants broken, one sentence each.</param>
    public InvariantViolationException(OrderCommand? command, IReadOnlyList<string> broken)
        : base($"{command?.Kind.ToString() ?? "The history"} broke {broken.Count} invariant(s):{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", broken)}")
    {
        Broken = broken;
    }

    /// <summary>Gets the invariants broken, one sentence each.</summary>
    public IReadOnlyList<string> Broken { get; } = [];
}
