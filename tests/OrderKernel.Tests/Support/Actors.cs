namespace OrderKernel.Tests.Support;

/// <summary>The people of the seed's TV export order, each with the role the default policies expect.</summary>
internal static class Actors
{
    public static readonly Actor Clerk = Actor.Create("u-clerk", "Li Na (order entry)", Role.OrderClerk);
    public static readonly Actor Sales = Actor.Create("u-sales", "Wang Wei (sales)", Role.SalesRepresentative);
    public static readonly Actor SalesManager = Actor.Create("u-salesmgr", "Zhao Min (sales manager)", Role.SalesManager);
    public static readonly Actor ProductionManager = Actor.Create("u-prodmgr", "Chen Gang (production manager)", Role.ProductionManager, Role.Production);
    public static readonly Actor Production = Actor.Create("u-prod", "Sun Li (production planner)", Role.Production);
    public static readonly Actor TechnicalManager = Actor.Create("u-techmgr", "Zhou Jie (technical manager)", Role.TechnicalManager);
    public static readonly Actor ProcurementManager = Actor.Create("u-procmgr", "Wu Hao (procurement manager)", Role.ProcurementManager);
    public static readonly Actor QualityManager = Actor.Create("u-qmgr", "Xu Fang (quality manager)", Role.QualityManager);
    public static readonly Actor QualityInspector = Actor.Create("u-qi", "He Yun (inspector)", Role.QualityInspector);
    public static readonly Actor FinanceManager = Actor.Create("u-finmgr", "Ma Lin (finance manager)", Role.FinanceManager);
    public static readonly Actor Finance = Actor.Create("u-fin", "Gao Yan (finance)", Role.Finance);
    public static readonly Actor DepartmentHead = Actor.Create("u-head", "Lin Tao (department head)", Role.DepartmentHead);
    public static readonly Actor GeneralManager = Actor.Create("u-gm", "Qian Bo (general manager)", Role.GeneralManager);
    public static readonly Actor Chairman = Actor.Create("u-chair", "Kong Rui (chairman)", Role.Chairman);
    public static readonly Actor VicePresident = Actor.Create("u-vp", "Tang Hui (sales vice-president)", Role.SalesVicePresident);
    public static readonly Actor Warehouse = Actor.Create("u-wh", "Lu Qiang (warehouse)", Role.Warehouse);
    public static readonly Actor Customer = Actor.Create("c-acme", "ACME Trading (customer)", Role.Customer);

    public static readonly Actor[] All =
    [
        Clerk, Sales, SalesManager, ProductionManager, Production, TechnicalManager, ProcurementManager, QualityManager,
        QualityInspector, FinanceManager, Finance, DepartmentHead, GeneralManager, Chairman, VicePresident, Warehouse, Customer,
    ];
}
