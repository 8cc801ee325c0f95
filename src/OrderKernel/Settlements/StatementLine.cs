namespace OrderKernel;

/// <summary>One line of a settlement statement, naming the events it comes from.</summary>
/// <param name="Description">What the line is; personal data (R50): a payment's line names its remitter.</param>
/// <param name="Amount">The amount: positive is owed by the customer, negative is owed to the customer.</param>
/// <param name="Sources">The events it comes from (discriminator and key).</param>
public sealed record StatementLine([property: PersonalData] string Description, Money Amount, ValueList<string> Sources);
