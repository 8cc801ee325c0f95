using System.Text.Json.Serialization;

namespace OrderKernel;

/// <summary>A review round started with the departments the policy requires.</summary>
/// <param name="Round">The round number.</param>
/// <param name="InitialDepartments">Departments of the initial stage.</param>
/// <param name="DetailDepartments">Departments of the detail stage.</param>
/// <param name="Explanation">Why these departments.</param>
public sealed record ReviewStarted(int Round, ValueList<Department> InitialDepartments, ValueList<Department> DetailDepartments, string Explanation) : OrderEvent
{
    /// <summary>Gets the host's bill of main materials to reserve when the review passes (R11); empty: the lines are reserved.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ValueList<MaterialReservation> BillOfMaterials { get; init; }


}
