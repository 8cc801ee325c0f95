using OrderKernel.Host;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOrderKernelHost(builder.Configuration);
var app = builder.Build();
app.UseOrderKernelHost();
await app.RunAsync();

/// <summary>The entry point (public for WebApplicationFactory).</summary>
public partial class Program;
