using System;

namespace OrderKernel;

/// <summary>
/// Marks a member of a command, event or state record that holds personal data (R50): the driver's identity on a
/// dispatch, the person who received the goods, the remitter of a payment. A <see cref="Serialization.RedactingJsonWriter"/> writes
/// such members through its redactor, so logs and exports can leave them out; see docs/serialization.md for erasure.
/// </summary>
/// <remarks>Only <see cref="string"/> members are marked. The list of marked members is pinned by a test.</remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class PersonalDataAttribute : Attribute
{
}
