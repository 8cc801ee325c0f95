using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace OrderKernel;

/// <summary>
/// A single sampling plan for the final inspection (R27): ISO 2859-1:1999 single sampling, normal inspection, general
/// inspection level II. The lot size gives the sample size code letter (Table 1), the code letter and the AQL give the
/// sample size, the acceptance number Ac and the rejection number Re (Table 2-A, arrows followed). The lot is accepted when
/// the defective units found in the sample are at most Ac and rejected when they reach Re.
/// </summary>
/// <remarks>
/// The AQLs are the standard's preferred values for percent nonconforming, 0.010 to 10 (the columns of Table 2-A above
/// 10 count nonconformities per hundred units, which a count of defective units cannot express). When the sample size
/// reaches the lot size the whole lot is inspected (ISO 2859-1 10.1): <see cref="SampleSize"/> is then the lot size.
/// </remarks>
public sealed record SamplingPlan
{
    // ISO 2859-1:1999 Table 1 (sample size code letters), general inspection level II: the largest lot of each letter.
    private static readonly (int MaxLot, char Letter)[] Table1 =
    [
        (8, 'A'), (15, 'B'), (25, 'C'), (50, 'D'), (90, 'E'), (150, 'F'), (280, 'G'), (500, 'H'),
        (1_200, 'J'), (3_200, 'K'), (10_000, 'L'), (35_000, 'M'), (150_000, 'N'), (500_000, 'P'), (int.MaxValue, 'Q'),
    ];

    // ISO 2859-1:1999 Table 2-A (single sampling plans, normal inspection): the sample size of each code letter.
    private const string Letters = "ABCDEFGHJKLMNPQR";
    private static readonly int[] SampleSizes = [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000];

    // ISO 2859-1:1999 Table 2-A, the columns 0.010 to 10 of the AQL (percent nonconforming), one row per code letter A to R.
    // "Ac/Re" is a plan; "v" says use the first plan below the arrow (a larger sample), "^" the first plan above it.
    // The two edge cells A/10 and R/0.015 point the only way the table allows (A/10 is reached by lots of 2 to 8 units;
    // R/0.015 by none).
    private static readonly string[] Table2A =
    [
        /* A */ "    v     v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     v",
        /* B */ "    v     v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v",
        /* C */ "    v     v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2",
        /* D */ "    v     v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3",
        /* E */ "    v     v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4",
        /* F */ "    v     v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6",
        /* G */ "    v     v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8",
        /* H */ "    v     v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11",
        /* J */ "    v     v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15",
        /* K */ "    v     v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22",
        /* L */ "    v     v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^",
        /* M */ "    v     v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^",
        /* N */ "    v     v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^",
        /* P */ "    v   0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^",
        /* Q */ "  0/1     ^     v   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^",
        /* R */ "    ^     ^   1/2   2/3   3/4   5/6   7/8 10/11 14/15 21/22     ^     ^     ^     ^     ^     ^",
    ];

    private static readonly decimal[] AqlColumns = [0.010m, 0.015m, 0.025m, 0.040m, 0.065m, 0.10m, 0.15m, 0.25m, 0.40m, 0.65m, 1.0m, 1.5m, 2.5m, 4.0m, 6.5m, 10m];

    private static readonly string[][] Cells = Array.ConvertAll(Table2A, row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [JsonConstructor]
    internal SamplingPlan(decimal aql, int lotSize, char codeLetter, char planLetter, int sampleSize, int acceptance, int rejection)
    {
        Aql = aql;
        LotSize = lotSize;
        CodeLetter = codeLetter;
        PlanLetter = planLetter;
        SampleSize = sampleSize;
        Acceptance = acceptance;
        Rejection = rejection;
    }

    /// <summary>Gets the standard AQL values (percent nonconforming) a plan can be made for: 0.010 to 10.</summary>
    public static ValueList<decimal> StandardAqls { get; } = ValueList<decimal>.From(AqlColumns);

    /// <summary>Gets the acceptable quality level, percent nonconforming.</summary>
    public decimal Aql { get; }

    /// <summary>Gets the lot size inspected.</summary>
    public int LotSize { get; }

    /// <summary>Gets the sample size code letter of the lot size (Table 1, general inspection level II).</summary>
    public char CodeLetter { get; }

    /// <summary>Gets the code letter whose plan applies after following the arrows of Table 2-A.</summary>
    public char PlanLetter { get; }

    /// <summary>Gets the units to sample: the plan's sample size, or the whole lot when that is smaller (never more than <see cref="LotSize"/>).</summary>
    public int SampleSize { get; }

    /// <summary>Gets the acceptance number Ac: the most defective units in the sample with which the lot is accepted.</summary>
    public int Acceptance { get; }

    /// <summary>Gets the rejection number Re: the fewest defective units in the sample with which the lot is rejected (Ac + 1).</summary>
    public int Rejection { get; }

    /// <summary>Tells whether an AQL is one of <see cref="StandardAqls"/>.</summary>
    /// <param name="aql">The AQL, percent nonconforming.</param>
    /// <returns><see langword="true"/> when a plan can be made for it.</returns>
    public static bool IsStandardAql(decimal aql) => Array.IndexOf(AqlColumns, aql) >= 0;

    /// <summary>Finds the plan for a lot and an AQL.</summary>
    /// <param name="lotSize">The lot size; positive (a lot of one unit is inspected whole).</param>
    /// <param name="aql">The AQL; one of <see cref="StandardAqls"/>.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The lot size is not positive or the AQL is not a standard value.</exception>
    public static SamplingPlan For(int lotSize, decimal aql)
    {
        Guard.Against.NegativeOrZero(lotSize);
        var column = Array.IndexOf(AqlColumns, aql);
        if (column < 0)
        {
            throw new ArgumentException($"{aql.ToString(CultureInfo.InvariantCulture)} is not a standard AQL of ISO 2859-1 (0.010 to 10).", nameof(aql));
        }

        var row = 0;
        while (lotSize > Table1[row].MaxLot)
        {
            row++;
        }

        var codeRow = Letters.IndexOf(Table1[row].Letter, StringComparison.Ordinal);
        var planRow = codeRow;
        var cell = Cells[planRow][column];
        var step = cell == "v" ? 1 : -1;
        while (cell is "v" or "^")
        {
            planRow += step;
            cell = Cells[planRow][column];
        }

        var slash = cell.IndexOf('/', StringComparison.Ordinal);
        var acceptance = int.Parse(cell.AsSpan(0, slash), CultureInfo.InvariantCulture);
        var rejection = int.Parse(cell.AsSpan(slash + 1), CultureInfo.InvariantCulture);
        return new SamplingPlan(aql, lotSize, Letters[codeRow], Letters[planRow], Math.Min(SampleSizes[planRow], lotSize), acceptance, rejection);
    }

    /// <summary>Tells whether the lot is accepted with the defective units found in the sample: at most <see cref="Acceptance"/>.</summary>
    /// <param name="defects">The defective units found; 0 to <see cref="SampleSize"/>.</param>
    /// <returns><see langword="true"/> to accept, <see langword="false"/> to reject (at least <see cref="Rejection"/>).</returns>
    public bool Accepts(int defects) => defects <= Acceptance;

    /// <summary>Every cell of Table 2-A with the plan it resolves to, for the table's consistency tests.</summary>
    internal static IEnumerable<(char Letter, decimal Aql, string Cell)> Table()
    {
        for (var r = 0; r < Cells.Length; r++)
        {
            for (var c = 0; c < AqlColumns.Length; c++)
            {
                yield return (Letters[r], AqlColumns[c], Cells[r][c]);
            }
        }
    }

    /// <summary>The sample size of a code letter (Table 2-A).</summary>
    internal static int SampleSizeOf(char letter) => SampleSizes[Letters.IndexOf(letter, StringComparison.Ordinal)];
}
