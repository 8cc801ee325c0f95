using System;
using OrderKernel.Policies;
using System.Linq;
using NodaTime;

namespace OrderKernel.Testing;

/// <summary>
/// The seeds' export order (the 004 TV flow): 2,000 TV sets at 85.00 USD for an ordinary customer, delivered on
/// 30 June 2026, and the commands that carry its values. <see cref="OrderScenario.Default"/> drives it.
/// </summary>
public static class SeedOrder
{
    /// <summary>Gets the order's id.</summary>
    public static OrderId Id { get; } = OrderId.From("ord-2026-0001");

    /// <summary>Gets the id of the order's one line.</summary>
    public static LineId Line { get; } = LineId.From("10");

    /// <summary>Gets the requested delivery date.</summary>
    public static LocalDate DeliveryDate { get; } = new(2026, 6, 30);

    /// <summary>Gets the unit price of a TV set.</summary>
    public static Money UnitPrice { get; } = Money.Of(85.00m, Currency.USD);

    /// <summary>Gets the customer: ACME Trading, an ordinary customer.</summary>
    public static CustomerInfo Customer { get; } = CustomerInfo.Create(CustomerId.From("c-acme"), "ACME Trading", CustomerTier.Ordinary);

    /// <summary>Gets the order's time zone.</summary>
    public static string TimeZoneId => "Asia/Shanghai";

    /// <summary>Gets the instant the seed order arrives: Monday 2 March 2026, 09:00 in Asia/Shanghai.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 1, 0);

    /// <summary>The seed's line: 2,000 TV sets.</summary>
    /// <param name="price">The unit price; default 85.00 USD.</param>
    /// <param name="isNew">Whether the product is new (a sample round may then be required, R14).</param>
    /// <returns>The line.</returns>
    public static OrderLine TvLine(Money? price = null, bool isNew = false) =>
        OrderLine.Create(Line, ProductId.From("TV-55-UHD"), "55\" UHD, firmware 3.2, export packaging", Quantity.Pieces(2000), price ?? UnitPrice, isNewProduct: isNew);

    /// <summary>The command that receives the seed order by e-mail.</summary>
    /// <param name="line">The line; default <see cref="TvLine"/>.</param>
    /// <param name="delivery">The requested delivery date; default <see cref="DeliveryDate"/>.</param>
    /// <param name="priority">The priority.</param>
    /// <param name="tier">The customer's tier.</param>
    /// <returns>The command.</returns>
    public static ReceiveOrder Receive(OrderLine? line = null, LocalDate? delivery = null, Priority? priority = Priority.Normal, CustomerTier tier = CustomerTier.Ordinary) => new(
        Id,
        tier == CustomerTier.Ordinary ? Customer : CustomerInfo.Create(CustomerId.From("c-acme"), "ACME Trading", tier),
        Channel.Email,
        priority,
        Currency.USD,
        ValueList<OrderLine>.Of(line ?? TvLine()),
        delivery ?? DeliveryDate,
        TimeZoneId,
        "GB/T 1.1 sampling, AQL 1.0")
    {
        Aql = 1.0m,
    };

    /// <summary>Quotation prices for the seed's line.</summary>
    /// <param name="unitPrice">The unit price in USD.</param>
    /// <param name="discount">The discount in percent.</param>
    /// <returns>The prices.</returns>
    public static ValueList<QuotationPrice> Prices(decimal unitPrice = 85.00m, decimal discount = 0m) =>
        ValueList<QuotationPrice>.Of(new QuotationPrice(Line, Money.Of(unitPrice, Currency.USD), Percentage.Of(discount)));

    /// <summary>
    /// A department's approving review signature answering every criterion <paramref name="policy"/> gives the department
    /// (R7); finance states a credit position well within its limit.
    /// </summary>
    /// <param name="department">The department.</param>
    /// <param name="currency">The order's currency (for the credit position); USD when <see langword="null"/>.</param>
    /// <param name="policy">The review policy whose criteria are answered; the default when <see langword="null"/>.</param>
    /// <returns>The command.</returns>
    public static SignReview Approve(Department department, Currency? currency = null, IReviewPolicy? policy = null) =>
        new(department, ReviewVerdict.Approve, "OK", Duration.FromHours(8), Answers(department, policy))
        {
            Credit = department == Department.Finance ? new CreditPosition(Money.Zero(currency ?? Currency.USD), Money.Of(KernelLimits.MaxAmount, currency ?? Currency.USD)) : null,
        };

    /// <summary>A satisfied finding for every criterion the review policy gives <paramref name="department"/> (R7).</summary>
    /// <param name="department">The department.</param>
    /// <param name="policy">The review policy; the default when <see langword="null"/>.</param>
    /// <returns>The findings.</returns>
    public static ValueList<ReviewFinding> Answers(Department department, IReviewPolicy? policy = null) =>
        ValueList<ReviewFinding>.From((policy ?? ReviewPolicy.Default).CriteriaFor(department).Select(c => new ReviewFinding(c, true, "checked")));

    /// <summary>A telegraphic transfer from ACME Trading in USD.</summary>
    /// <param name="amount">The amount in USD.</param>
    /// <param name="reference">The bank reference.</param>
    /// <param name="receivedAt">When the money arrived.</param>
    /// <returns>The command.</returns>
    public static ConfirmPayment Pay(decimal amount, string reference, Instant receivedAt) =>
        new(Money.Of(amount, Currency.USD), "ACME Trading", PaymentInstrument.TelegraphicTransfer, reference, receivedAt);

    /// <summary>Runs the seed order's happy path (<see cref="OrderScenario.Default"/>) on a driver, up to and including a stage.</summary>
    /// <param name="until">The last stage to run.</param>
    /// <param name="driver">The driver to continue; default a new one with the default policies.</param>
    /// <param name="from">The first stage to run.</param>
    /// <returns>The driver.</returns>
    /// <exception cref="ScenarioException">A step was refused.</exception>
    public static OrderDriver Through(ScenarioStage until, OrderDriver? driver = null, ScenarioStage from = ScenarioStage.Received) =>
        OrderScenario.Default.Drive(driver ?? new OrderDriver(), until, from);

    /// <summary>
    /// R15: every command that brings the contract into force in the standard lifecycle, in the seed's order and by whom:
    /// the sales manager signs and numbers it, the department head checks it, it is stamped and returned, the customer
    /// countersigns. The order then awaits the deposit.
    /// </summary>
    /// <param name="sequence">The contract's sequence number.</param>
    /// <returns>The commands with their actors.</returns>
    public static (OrderCommand Command, Actor Actor)[] ContractIntoForce(long sequence = 45) =>
    [
        (new SignContract(sequence), SeedActors.SalesManager),
        (new CheckContract(), SeedActors.DepartmentHead),
        (new StampContract(), SeedActors.SalesManager),
        (new CountersignContract(), SeedActors.Customer),
    ];

    /// <summary>
    /// Brings the accepted quotation's contract into force (<see cref="ContractIntoForce"/>); in a lifecycle without
    /// <see cref="OptionalStage.ContractSignatureRound"/> signing alone does it.
    /// </summary>
    /// <param name="driver">The driver holding the order.</param>
    /// <param name="sequence">The contract's sequence number.</param>
    public static void SignIntoForce(OrderDriver driver, long sequence = 45)
    {
        ArgumentNullException.ThrowIfNull(driver);
        foreach (var (command, actor) in ContractIntoForce(sequence))
        {
            driver.Do(command, actor);
            if (driver.Current.Contract is { IsInForce: true })
            {
                return;
            }
        }
    }
}
