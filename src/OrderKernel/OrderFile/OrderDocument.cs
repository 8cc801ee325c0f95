using NodaTime;

namespace OrderKernel;

/// <summary>A document in the order file (R46): its kind, number and content hash; the host stores the content.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Number">The document's own number (contract number, declaration number, invoice number); unique per kind within the order.</param>
/// <param name="ContentHash">The content's hash as the host computed it: <c>sha256:</c> and 64 lowercase hexadecimal digits.</param>
/// <param name="Title">A title or description.</param>
/// <param name="AttachedBy">Who attached it.</param>
/// <param name="AttachedAt">When.</param>
public sealed record OrderDocument(DocumentKind Kind, string Number, string ContentHash, string Title, ActorId AttachedBy, Instant AttachedAt);
