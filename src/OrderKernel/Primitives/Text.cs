namespace OrderKernel;

/// <summary>Checks on untrusted text shared by the values and the input check.</summary>
internal static class Text
{
    /// <summary>Tells whether <paramref name="value"/> is well-formed UTF-16: no lone surrogate, so it survives a JSON round trip.</summary>
    public static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
