using OrderKernel.Sample;

if (args.Length > 0)
{
    Console.Error.WriteLine("usage: dotnet run --project samples/OrderKernel.Sample");
    Console.Error.WriteLine("Runs the seeds' TV export order end to end and prints its timeline.");
    return 2;
}

Console.Out.Write(TvExportScenario.Run().ToString());
return 0;
