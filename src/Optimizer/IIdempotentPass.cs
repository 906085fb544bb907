// A function pass that changes nothing when it runs again on its own result: it stops only when a
// full sweep changed nothing (simplifycfg), or its one sweep leaves nothing it would act on (dce).
// The pass manager skips such a pass on a function whose body did not change since the pass last
// ran on it (Function.Version), which gives the same result without the work.
namespace PyIR.Optimizer;

public interface IIdempotentPass : IFunctionPass
{
}
