using Microsoft.Extensions.Caching.Memory;

namespace OrderKernel.Host.Storage;

/// <summary>
/// Each order's last state this process decided on or read, keyed by order id (the state carries its version). It is
/// only a starting point, never the authority: the write path catches it up with the events after its version before
/// deciding (<see cref="IOrderStore.CatchUpAsync"/>), the append's expected-version check decides who wins, and a
/// conflict or an unreadable stream drops the entry. Bounded by entry count; idle entries expire.
/// </summary>
public sealed class OrderStateCache : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache? _cache;

    /// <summary>Creates the cache.</summary>
    /// <param name="capacity">How many orders it holds at most; zero turns caching off.</param>
    public OrderStateCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _cache = capacity == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, CompactionPercentage = 0.25 });
    }

    /// <summary>Gets the held state of an order.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The state, or <see langword="null"/> when none is held.</returns>
    public Order? Get(string orderId) => _cache is null ? null : _cache.Get<Order>(orderId);

    /// <summary>Holds a state of an order (an older version than the one held is ignored).</summary>
    /// <param name="state">The state.</param>
    public void Remember(Order state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (_cache is null || Get(state.Id.Value) is { } held && held.Version > state.Version)
        {
            return;
        }

        _cache.Set(state.Id.Value, state, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
    }

    /// <summary>Drops the held state of an order.</summary>
    /// <param name="orderId">The order.</param>
    public void Forget(string orderId) => _cache?.Remove(orderId);

    /// <inheritdoc />
    public void Dispose() => _cache?.Dispose();
}
