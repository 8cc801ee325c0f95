namespace OrderKernel;

/// <summary>Attach a document to the order file (R46). The host stores the content and passes its hash.</summary>
/// <param name="DocumentKind">The document's kind.</param>
/// <param name="Number">The document's number; unique per kind within the order.</param>
/// <param name="ContentHash">The content's SHA-256: <c>sha256:</c> followed by 64 lowercase hexadecimal digits.</param>
/// <param name="Title">A title or description.</param>
public sealed record AttachDocument(DocumentKind DocumentKind, string Number, string ContentHash, string Title) : OrderCommand
{
    /// <inheritdoc />
    public override CommandKind Kind => CommandKind.AttachDocument;

    internal override void CheckInput(InputCheck c) => c.Defined("documentKind", DocumentKind).Key("number", Number).Key("contentHash", ContentHash).Text("title", Title);
}
