using System;
using System.Security.Cryptography;
using System.Text;
using OrderKernel.Serialization;

namespace OrderKernel;

/// <summary>
/// The fingerprint that tells a retry from a different command reusing an idempotency key: a SHA-256 of the command's
/// JSON (its kind's discriminator and every value) without the key, as lower-case hexadecimal.
/// </summary>
internal static class CommandFingerprint
{
    public static string Of(OrderCommand command) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(OrderKernelJson.Write(command with { IdempotencyKey = null }))));
}
