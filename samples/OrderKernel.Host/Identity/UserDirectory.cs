using System.Security.Claims;

namespace OrderKernel.Host.Identity;

/// <summary>A seeded user of the development scheme.</summary>
/// <param name="Id">The user id (the kernel's actor id).</param>
/// <param name="Name">The display name.</param>
/// <param name="Roles">The kernel role names.</param>
public sealed record HostUser(string Id, string Name, IReadOnlyList<string> Roles);

/// <summary>The users the development scheme knows (from configuration section <c>Users</c>, or set by a test).</summary>
/// <param name="Users">The users.</param>
public sealed record UserDirectory(IReadOnlyList<HostUser> Users)
{
    /// <summary>Finds a user.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The user, or <see langword="null"/>.</returns>
    public HostUser? Find(string id) => Users.FirstOrDefault(u => u.Id == id);

    /// <summary>
    /// Maps an authenticated principal to the kernel's actor: the id, the name and the role claims. The host only maps;
    /// the kernel decides what the roles allow.
    /// </summary>
    /// <param name="principal">The principal.</param>
    /// <returns>The actor, or <see langword="null"/> when not authenticated.</returns>
    public static Actor? ToActor(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true } || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return null;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => Role.Of(c.Value)).ToArray();
        return Actor.Create(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, roles);
    }
}
