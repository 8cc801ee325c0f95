namespace OrderKernel.Testing;

/// <summary>The people of the seeds' TV export order, each with the role the default policies expect of them.</summary>
public static class SeedActors
{
    /// <summary>Gets the order clerk who records orders (R2).</summary>
    public static Actor Clerk { get; } = Actor.Create("u-clerk", "Li Na (order entry)", Role.OrderClerk);

    /// <summary>Gets the sales representative who receives orders and prepares quotations.</summary>
    public static Actor Sales { get; } = Actor.Create("u-sales", "Wang Wei (sales)", Role.SalesRepresentative);

    /// <summary>Gets the sales manager who signs the sales review and the contract.</summary>
    public static Actor SalesManager { get; } = Actor.Create("u-salesmgr", "Zhao Min (sales manager)", Role.SalesManager);

    /// <summary>Gets the production manager (also a production planner) who signs the production review and releases production.</summary>
    public static Actor ProductionManager { get; } = Actor.Create("u-prodmgr", "Chen Gang (production manager)", Role.ProductionManager, Role.Production);

    /// <summary>Gets the production planner who reports progress and completes production.</summary>
    public static Actor Production { get; } = Actor.Create("u-prod", "Sun Li (production planner)", Role.Production);

    /// <summary>Gets the technical manager who signs the technical review.</summary>
    public static Actor TechnicalManager { get; } = Actor.Create("u-techmgr", "Zhou Jie (technical manager)", Role.TechnicalManager);

    /// <summary>Gets the procurement manager.</summary>
    public static Actor ProcurementManager { get; } = Actor.Create("u-procmgr", "Wu Hao (procurement manager)", Role.ProcurementManager);

    /// <summary>Gets the quality manager.</summary>
    public static Actor QualityManager { get; } = Actor.Create("u-qmgr", "Xu Fang (quality manager)", Role.QualityManager);

    /// <summary>Gets the quality inspector who records the final inspection.</summary>
    public static Actor QualityInspector { get; } = Actor.Create("u-qi", "He Yun (inspector)", Role.QualityInspector);

    /// <summary>Gets the finance manager who places and releases holds.</summary>
    public static Actor FinanceManager { get; } = Actor.Create("u-finmgr", "Ma Lin (finance manager)", Role.FinanceManager);

    /// <summary>Gets the finance clerk who confirms payments and closes orders.</summary>
    public static Actor Finance { get; } = Actor.Create("u-fin", "Gao Yan (finance)", Role.Finance);

    /// <summary>Gets the department head who approves quotations at the first level.</summary>
    public static Actor DepartmentHead { get; } = Actor.Create("u-head", "Lin Tao (department head)", Role.DepartmentHead);

    /// <summary>Gets the general manager who approves quotations at the second level.</summary>
    public static Actor GeneralManager { get; } = Actor.Create("u-gm", "Qian Bo (general manager)", Role.GeneralManager);

    /// <summary>Gets the chairman.</summary>
    public static Actor Chairman { get; } = Actor.Create("u-chair", "Kong Rui (chairman)", Role.Chairman);

    /// <summary>Gets the sales vice-president who releases goods for shipment.</summary>
    public static Actor VicePresident { get; } = Actor.Create("u-vp", "Tang Hui (sales vice-president)", Role.SalesVicePresident);

    /// <summary>Gets the warehouse keeper who ships.</summary>
    public static Actor Warehouse { get; } = Actor.Create("u-wh", "Lu Qiang (warehouse)", Role.Warehouse);

    /// <summary>Gets the customer, who completes details, accepts quotations and confirms delivery.</summary>
    public static Actor Customer { get; } = Actor.Create("c-acme", "ACME Trading (customer)", Role.Customer);

    /// <summary>Gets every seed actor, in a fixed order (generators index into it).</summary>
    public static ValueList<Actor> All { get; } = ValueList<Actor>.Of(
        Clerk, Sales, SalesManager, ProductionManager, Production, TechnicalManager, ProcurementManager, QualityManager,
        QualityInspector, FinanceManager, Finance, DepartmentHead, GeneralManager, Chairman, VicePresident, Warehouse, Customer);
}
