using OrderKernel.Sample;

switch (args.Length)
{
    case 0:
        Console.Out.Write(TvExportScenario.Run().ToString());
        return 0;
    case 1 when File.Exists(args[0]):
        if (!Scenario.TryRead(File.ReadAllText(args[0]), out var scenario, out var error))
        {
            Console.Error.WriteLine($"{args[0]}: {error}");
            return 2;
        }

        Console.Out.Write(scenario!.Run().ToString());
        return 0;
    default:
        Console.Error.WriteLine("usage: dotnet run --project samples/OrderKernel.Sample [scenario.json]");
        Console.Error.WriteLine("Without a file, runs the seeds' TV export order end to end and prints its timeline;");
        Console.Error.WriteLine("with one, runs that scenario (see samples/OrderKernel.Sample/scenarios and docs/getting-started.md).");
        return 2;
}
