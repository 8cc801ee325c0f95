using OrderKernel.Kernel;
using K = OrderKernel.CommandKind;
using S = OrderKernel.OrderStatus;

namespace OrderKernel;

/// <summary>Cancellation (R36): an open order can be cancelled, at the costs of its stage.</summary>
internal sealed class CancellationsModule : IOrderModule
{
    public void Register(ModuleBuilder m)
    {
        m.Applies<OrderCancelled>(CancellationDecider.Apply);
        var cancel = m.Command<CancelOrder>(K.CancelOrder).AllowedTo(Role.SalesManager, Role.GeneralManager).Decide(CancellationDecider.Decide);
        foreach (var s in OrderStatuses.Open)
        {
            cancel.Permit(s, S.Cancelled);
        }
    }
}
