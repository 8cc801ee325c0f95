using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OrderKernel.Host.Identity;

/// <summary>
/// A development authentication scheme: the user id comes from the <c>X-User</c> header (API clients, tests) or the
/// <c>ok-user</c> cookie (the page's user picker) and must be one of the seeded users. Replace it with a real scheme
/// (OpenID Connect, cookies, JWT bearer) whose principal carries the same three things: id, name and role claims.
/// </summary>
public sealed class DevelopmentAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "Development";

    /// <summary>The header naming the user.</summary>
    public const string Header = "X-User";

    /// <summary>The cookie naming the user.</summary>
    public const string Cookie = "ok-user";

    private readonly UserDirectory _users;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The options.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="encoder">The encoder.</param>
    /// <param name="users">The seeded users.</param>
    public DevelopmentAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserDirectory users)
        : base(options, logger, encoder)
    {
        _users = users;
    }

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var id = Request.Headers[Header].FirstOrDefault() ?? Request.Cookies[Cookie];
        if (string.IsNullOrEmpty(id))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (_users.Find(id) is not { } user)
        {
            return Task.FromResult(AuthenticateResult.Fail($"unknown user '{id}'"));
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.Name) };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
