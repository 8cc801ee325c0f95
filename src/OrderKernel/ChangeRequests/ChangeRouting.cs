namespace OrderKernel;

/// <summary>Who must act on a change before it is applied, and why (R33–R35).</summary>
/// <param name="Approvers">The roles that must each approve.</param>
/// <param name="RequiresTechnicalTest">Whether the technical department must test it first (R35).</param>
/// <param name="RequiresCustomerConfirmation">Whether the customer must confirm it before production continues (R35).</param>
/// <param name="HoldsOrder">Whether the order is held until the change is decided (R35).</param>
/// <param name="Explanation">The stage, kind and rule that decided it.</param>
public sealed record ChangeRouting(ValueList<Role> Approvers, bool RequiresTechnicalTest, bool RequiresCustomerConfirmation, bool HoldsOrder, string Explanation);
