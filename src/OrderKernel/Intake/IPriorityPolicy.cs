namespace OrderKernel.Policies;

/// <summary>Classifies an order's priority from its facts (R4; 003 网店, 004 "订单处理优先级划分").</summary>
public interface IPriorityPolicy
{
    /// <summary>Classifies an order.</summary>
    /// <param name="input">The facts weighed.</param>
    /// <returns>The priority with its reasons.</returns>
    PriorityClassification Classify(PriorityInput input);
}
