namespace OrderKernel.Serialization;

/// <summary>A persisted order state with the schema version of its JSON shape.</summary>
/// <param name="SchemaVersion">The snapshot schema version (see <see cref="OrderKernelJson.SnapshotSchemaVersion"/>).</param>
/// <param name="Order">The order.</param>
public sealed record OrderSnapshot(int SchemaVersion, Order Order);
