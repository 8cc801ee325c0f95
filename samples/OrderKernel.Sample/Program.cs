System.Console.WriteLine("OrderKernel sample");
