using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;

namespace OrderKernel;

/// <summary>
/// One line of an order (R1): product, specification, quantity, unit price and requested date, and whether it is a
/// new or non-standard product (R10). A line may arrive without a price; it must have one before the order is recorded (R3).
/// </summary>
public sealed record OrderLine
{
    [JsonConstructor]
    internal OrderLine(LineId id, ProductId product, string specification, Quantity quantity, Money? unitPrice, LocalDate? requestedDate, bool isNewProduct, bool isNonStandard, DeliveryTolerance? tolerance = null)
    {
        Guard.Against.Null(id);
        Guard.Against.Null(product);
        Guard.Against.Null(specification);
        Guard.Against.NegativeOrZero(quantity.Value, nameof(quantity)); // default(Quantity), the only one without a unit, is 0
        if (unitPrice is { } price)
        {
            if (price.IsDefault)
            {
                throw new System.ArgumentException("default(Money) is not a price: create it with Money.Of.", nameof(unitPrice));
            }

            Guard.Against.Negative(price.Amount, nameof(unitPrice));
        }

        Id = id;
        Product = product;
        Specification = specification;
        Quantity = quantity;
        UnitPrice = unitPrice;
        RequestedDate = requestedDate;
        IsNewProduct = isNewProduct;
        IsNonStandard = isNonStandard;
        Tolerance = tolerance;
    }

    /// <summary>Gets the line's id, unique within the order.</summary>
    public LineId Id { get; }

    /// <summary>Gets the product.</summary>
    public ProductId Product { get; }

    /// <summary>Gets the specification (variety, model, hardware and software, packaging).</summary>
    public string Specification { get; }

    /// <summary>Gets the ordered quantity.</summary>
    public Quantity Quantity { get; }

    /// <summary>Gets the unit price, or <see langword="null"/> when the customer left it open (the order is then incomplete, R3).</summary>
    public Money? UnitPrice { get; }

    /// <summary>Gets the line's requested date, when it differs from the order's.</summary>
    public LocalDate? RequestedDate { get; }

    /// <summary>Gets a value indicating whether the product is new (R10: always reviewed; R14: sample by default).</summary>
    public bool IsNewProduct { get; }

    /// <summary>Gets a value indicating whether the line is non-standard (R10: always reviewed).</summary>
    public bool IsNonStandard { get; }

    /// <summary>Gets the over- and under-delivery tolerance (R32); <see langword="null"/> for exact delivery.</summary>
    public DeliveryTolerance? Tolerance { get; }

    /// <summary>Gets the least quantity that completes the line (ordered minus the under-delivery tolerance).</summary>
    [JsonIgnore]
    public decimal MinimumDelivery => Tolerance?.Minimum(Quantity.Value) ?? Quantity.Value;

    /// <summary>Gets the most quantity that may be delivered (ordered plus the over-delivery tolerance).</summary>
    [JsonIgnore]
    public decimal MaximumDelivery => Tolerance?.Maximum(Quantity.Value) ?? Quantity.Value;

    /// <summary>Creates an order line.</summary>
    /// <param name="id">The line id.</param>
    /// <param name="product">The product.</param>
    /// <param name="specification">The specification text.</param>
    /// <param name="quantity">The quantity; positive.</param>
    /// <param name="unitPrice">The unit price, or <see langword="null"/> when open; not negative.</param>
    /// <param name="requestedDate">The line's own requested date, if any.</param>
    /// <param name="isNewProduct">Whether the product is new.</param>
    /// <param name="isNonStandard">Whether the line is non-standard.</param>
    /// <param name="tolerance">The delivery tolerance (R32), or <see langword="null"/> for exact delivery.</param>
    /// <returns>The line.</returns>
    public static OrderLine Create(LineId id, ProductId product, string specification, Quantity quantity, Money? unitPrice, LocalDate? requestedDate = null, bool isNewProduct = false, bool isNonStandard = false, DeliveryTolerance? tolerance = null) =>
        new(id, product, specification, quantity, unitPrice, requestedDate, isNewProduct, isNonStandard, tolerance);

    internal OrderLine WithQuantity(Quantity quantity) => new(Id, Product, Specification, quantity, UnitPrice, RequestedDate, IsNewProduct, IsNonStandard, Tolerance);

    internal OrderLine WithUnitPrice(Money price) => new(Id, Product, Specification, Quantity, price, RequestedDate, IsNewProduct, IsNonStandard, Tolerance);

    internal OrderLine WithSpecification(string specification) => new(Id, Product, specification, Quantity, UnitPrice, RequestedDate, IsNewProduct, IsNonStandard, Tolerance);

    /// <summary>Gets the line amount (unit price × quantity, rounded by <paramref name="rounding"/>), or <see langword="null"/> without a price.</summary>
    /// <param name="rounding">The rounding rule.</param>
    /// <returns>The amount.</returns>
    public Money? Amount(RoundingRule rounding) => UnitPrice?.Multiply(Quantity.Value, rounding);
}
