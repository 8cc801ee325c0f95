using System;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace OrderKernel.Serialization;

/// <summary>A personal value about to be written, handed to a <see cref="RedactingJsonWriter"/>'s redactor.</summary>
public sealed class PersonalDataField
{
    internal PersonalDataField(Type declaringType, string member, string jsonName, string value)
    {
        DeclaringType = declaringType;
        Member = member;
        JsonName = jsonName;
        Value = value;
    }

    /// <summary>Gets the type being written, e.g. <see cref="OrderShipped"/>.</summary>
    public Type DeclaringType { get; }

    /// <summary>Gets the member's C# name, e.g. <c>CarrierIdentity</c>.</summary>
    public string Member { get; }

    /// <summary>Gets the member's JSON name, e.g. <c>carrierIdentity</c>.</summary>
    public string JsonName { get; }

    /// <summary>Gets the personal value.</summary>
    public string Value { get; }
}

/// <summary>The metadata modifier behind <see cref="RedactingJsonWriter"/>.</summary>
internal static class PersonalData
{
    /// <summary>
    /// Replaces the getter of every member marked <see cref="PersonalDataAttribute"/> by one that hands the value to the
    /// redactor. The attribute is read through the source-generated metadata's <see cref="JsonPropertyInfo.AttributeProvider"/>
    /// (the generator names each property statically, so this stays trimming- and Native AOT-safe).
    /// </summary>
    public static Action<JsonTypeInfo> Redact(Func<PersonalDataField, string> redactor) => info =>
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is not MemberInfo member || !member.IsDefined(typeof(PersonalDataAttribute), inherit: false))
            {
                continue;
            }

            var get = property.Get!;
            var type = info.Type;
            var name = property.Name;
            property.Get = owner => get(owner) is string value
                ? redactor(new PersonalDataField(type, member.Name, name, value)) ?? RedactingJsonWriter.Placeholder
                : null;
        }
    };
}
