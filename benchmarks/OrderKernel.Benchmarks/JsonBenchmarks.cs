using BenchmarkDotNet.Attributes;
using OrderKernel.Serialization;

namespace OrderKernel.Benchmarks;

/// <summary>JSON (System.Text.Json, source-generated): a full order's snapshot and its event stream, written and read back.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private Order _final = null!;
    private OrderEvent[] _events = [];
    private string _snapshot = "";
    private string _stream = "";

    [GlobalSetup]
    public void Setup()
    {
        var (states, events) = Fixtures.Run();
        _final = states[^1]!;
        _events = events;
        _snapshot = OrderKernelJson.WriteSnapshot(_final);
        _stream = OrderKernelJson.WriteEvents(_events);
    }

    /// <summary>The closed order's snapshot (every part: review, quotation, contract, payments, shipment, settlement).</summary>
    [Benchmark]
    public int WriteSnapshot() => OrderKernelJson.WriteSnapshot(_final).Length;

    /// <summary>Reading the snapshot back, validated.</summary>
    [Benchmark]
    public long ReadSnapshot() => OrderKernelJson.ReadSnapshot(_snapshot).AsT0.Version;

    /// <summary>The order's 29 events as one JSON array.</summary>
    [Benchmark]
    public int WriteEvents() => OrderKernelJson.WriteEvents(_events).Length;

    /// <summary>Reading the event array back, validated.</summary>
    [Benchmark]
    public int ReadEvents() => OrderKernelJson.ReadEvents(_stream).AsT0.Count;
}
