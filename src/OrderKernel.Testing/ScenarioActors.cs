namespace OrderKernel.Testing;

/// <summary>Who issues each step of an <see cref="OrderScenario"/>; defaults are the <see cref="SeedActors"/> the default policies expect.</summary>
public sealed record ScenarioActors
{
    /// <summary>Gets the seed actors.</summary>
    public static ScenarioActors Default { get; } = new();

    /// <summary>Gets who receives the order, submits it for review, prepares the quotation and completes the order.</summary>
    public Actor Sales { get; init; } = SeedActors.Sales;

    /// <summary>Gets who records the order.</summary>
    public Actor Clerk { get; init; } = SeedActors.Clerk;

    /// <summary>Gets who signs the sales review and the contract.</summary>
    public Actor SalesManager { get; init; } = SeedActors.SalesManager;

    /// <summary>Gets who signs the production review and releases production.</summary>
    public Actor ProductionManager { get; init; } = SeedActors.ProductionManager;

    /// <summary>Gets who signs the technical review.</summary>
    public Actor TechnicalManager { get; init; } = SeedActors.TechnicalManager;

    /// <summary>Gets who approves the quotation at the department head's level.</summary>
    public Actor DepartmentHead { get; init; } = SeedActors.DepartmentHead;

    /// <summary>Gets who approves the quotation at the general manager's level.</summary>
    public Actor GeneralManager { get; init; } = SeedActors.GeneralManager;

    /// <summary>Gets the customer, who accepts the quotation and confirms delivery.</summary>
    public Actor Customer { get; init; } = SeedActors.Customer;

    /// <summary>Gets who confirms payments and closes the order.</summary>
    public Actor Finance { get; init; } = SeedActors.Finance;

    /// <summary>Gets who reports progress and completes production.</summary>
    public Actor Production { get; init; } = SeedActors.Production;

    /// <summary>Gets who records the final inspection.</summary>
    public Actor QualityInspector { get; init; } = SeedActors.QualityInspector;

    /// <summary>Gets who releases the goods for shipment.</summary>
    public Actor ShipmentReleaser { get; init; } = SeedActors.VicePresident;

    /// <summary>Gets who ships.</summary>
    public Actor Warehouse { get; init; } = SeedActors.Warehouse;
}
