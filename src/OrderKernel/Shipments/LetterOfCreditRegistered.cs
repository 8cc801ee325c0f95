namespace OrderKernel;

/// <summary>A letter of credit was registered (R18).</summary>
/// <param name="LetterOfCredit">The letter of credit.</param>
public sealed record LetterOfCreditRegistered(LetterOfCredit LetterOfCredit) : OrderEvent;
