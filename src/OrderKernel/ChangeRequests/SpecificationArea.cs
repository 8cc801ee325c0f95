namespace OrderKernel;

/// <summary>Which part of a specification changes (R35: hardware and software changes in production are tested first).</summary>
public enum SpecificationArea
{
    /// <summary>Hardware.</summary>
    Hardware,

    /// <summary>Software (firmware).</summary>
    Software,

    /// <summary>Packaging.</summary>
    Packaging,
}
