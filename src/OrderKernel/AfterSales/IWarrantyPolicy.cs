namespace OrderKernel.Policies;

/// <summary>Decides how long delivered goods are under warranty (R45): from the delivery date, per line or product.</summary>
public interface IWarrantyPolicy
{
    /// <summary>Gives a line's warranty.</summary>
    /// <param name="question">The line and its delivery date.</param>
    /// <returns>The warranty's last day and its explanation.</returns>
    WarrantyTerm WarrantyFor(WarrantyQuestion question);
}
