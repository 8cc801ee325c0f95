using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using OrderKernel.Kernel;
using OrderKernel.Policies;

namespace OrderKernel;

/// <summary>Attaching documents to the order file (R46).</summary>
internal static class OrderFileDecider
{
    /// <summary>The prefix of a content hash.</summary>
    internal const string HashPrefix = "sha256:";

    public static Outcome Decide(Order state, AttachDocument c, DecisionContext ctx)
    {
        if (!IsContentHash(c.ContentHash))
        {
            return Outcome.Reject(ViolationCodes.DocumentHashInvalid, $"A content hash is {HashPrefix} followed by 64 lowercase hexadecimal digits; got {InputCheck.Quote(c.ContentHash)}.", "R46");
        }

        foreach (var d in state.Documents)
        {
            if (d.Kind == c.DocumentKind && d.Number == c.Number)
            {
                return Outcome.Reject(ViolationCodes.DocumentAlreadyAttached, $"The order file already holds {c.DocumentKind} {c.Number}, attached at {d.AttachedAt}.", "R46");
            }
        }

        return Outcome.Emit(new DocumentAttached(new OrderDocument(c.DocumentKind, c.Number, c.ContentHash, c.Title, ctx.Actor.Id, ctx.Now)) { At = ctx.Now, By = ctx.Actor.Id });
    }

    public static Order Apply(Order s, DocumentAttached e) => s with { Documents = s.Documents.Add(e.Document, s.Fold) };

    /// <summary>Whether a text is <c>sha256:</c> followed by 64 lowercase hexadecimal digits.</summary>
    internal static bool IsContentHash(string hash)
    {
        if (hash.Length != HashPrefix.Length + 64 || !hash.StartsWith(HashPrefix, System.StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var ch in hash.AsSpan(HashPrefix.Length))
        {
            if (!char.IsAsciiHexDigitLower(ch) && !char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The order file (R46): a pure query listing its documents and what is missing for the order's current stage.</summary>
public static class OrderFile
{
    /// <summary>Lists the order file and what the current stage still requires.</summary>
    /// <param name="order">The order.</param>
    /// <param name="policy">The order-file policy (<see cref="OrderPolicies.OrderFile"/>).</param>
    /// <returns>The documents, the requirements and what is missing.</returns>
    public static OrderFileReport Of(Order order, IOrderFilePolicy policy)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(policy);
        var reached = new List<Milestone>();
        foreach (var m in order.Milestones)
        {
            reached.Add(m.Milestone);
        }

        var required = policy.Requirements(new OrderFileQuestion(ValueList<Milestone>.From(reached), order.LetterOfCredit is not null, order.ChangeLog.Count));
        var attached = new Dictionary<DocumentKind, int>();
        foreach (var d in order.Documents)
        {
            attached[d.Kind] = attached.GetValueOrDefault(d.Kind) + 1;
        }

        var missing = new List<FileRequirement>();
        foreach (var r in required)
        {
            var left = attached.GetValueOrDefault(r.Kind);
            if (left > 0)
            {
                attached[r.Kind] = left - 1;
            }
            else
            {
                missing.Add(r);
            }
        }

        return new OrderFileReport(order.Status, order.Documents, required, ValueList<FileRequirement>.From(missing));
    }
}
