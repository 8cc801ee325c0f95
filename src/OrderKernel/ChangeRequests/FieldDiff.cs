namespace OrderKernel;

/// <summary>One field's old and new value.</summary>
/// <param name="Field">The field, e.g. <c>line 10 unit price</c>.</param>
/// <param name="Old">The old value.</param>
/// <param name="New">The new value.</param>
public sealed record FieldDiff(string Field, string Old, string New);
