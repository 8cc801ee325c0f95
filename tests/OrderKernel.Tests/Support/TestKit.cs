// The kernel's tests use the test kit (src/OrderKernel.Testing) under the names they always had.
global using OrderKernel.Testing;
global using Actors = OrderKernel.Testing.SeedActors;
global using Scenario = OrderKernel.Testing.OrderDriver;
global using TvOrder = OrderKernel.Testing.SeedOrder;
