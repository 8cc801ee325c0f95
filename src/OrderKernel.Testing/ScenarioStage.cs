namespace OrderKernel.Testing;

/// <summary>The stages of the happy path, in order; <see cref="OrderScenario"/> holds the commands that reach each.</summary>
public enum ScenarioStage
{
    /// <summary>The order is received (<see cref="OrderStatus.Received"/>).</summary>
    Received,

    /// <summary>The order is recorded with its number (<see cref="OrderStatus.Recorded"/>).</summary>
    Recorded,

    /// <summary>The review is submitted and signed by sales, production and technical (<see cref="OrderStatus.Reviewed"/>).</summary>
    Reviewed,

    /// <summary>A quotation is out (<see cref="OrderStatus.Quoted"/>).</summary>
    Quoted,

    /// <summary>The quotation is approved at every level it needs.</summary>
    Approved,

    /// <summary>The customer accepted the quotation (<see cref="OrderStatus.QuotationAccepted"/>).</summary>
    Accepted,

    /// <summary>The contract is signed (<see cref="OrderStatus.AwaitingDeposit"/>).</summary>
    Contracted,

    /// <summary>The deposit is paid (<see cref="OrderStatus.ReadyForProduction"/>).</summary>
    DepositPaid,

    /// <summary>Production is released (<see cref="OrderStatus.InProduction"/>).</summary>
    InProduction,

    /// <summary>Progress is reported and production completed (<see cref="OrderStatus.ProductionCompleted"/>).</summary>
    Produced,

    /// <summary>The final inspection passed (<see cref="OrderStatus.Inspected"/>).</summary>
    Inspected,

    /// <summary>What is due before shipment is paid.</summary>
    BalancePaid,

    /// <summary>The goods are released for shipment (<see cref="OrderStatus.ReleasedForShipment"/>).</summary>
    Released,

    /// <summary>The goods are shipped (<see cref="OrderStatus.Shipped"/>).</summary>
    Shipped,

    /// <summary>The customer confirmed delivery (<see cref="OrderStatus.Delivered"/>).</summary>
    Delivered,

    /// <summary>The order is completed (<see cref="OrderStatus.Completed"/>).</summary>
    Completed,

    /// <summary>The order is closed (<see cref="OrderStatus.Closed"/>).</summary>
    Closed,
}
