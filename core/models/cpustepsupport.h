#pragma once

// Private to core/models .cpp files (includes torch): buffer helpers shared by the CPU training
// steps that write their backward pass out (medvaecpustep.cpp, medvaecpuembedding.cpp).

#include "denseblockkernels.h"
#include "torchsupport.h"

namespace synthreg::core {

/** A contiguous float32 2-D tensor as the kernels' row block. */
inline RowBlock blockOf(const torch::Tensor &tensor)
{
    return {tensor.data_ptr<float>(), tensor.size(0), tensor.size(1)};
}

inline float *data(const torch::Tensor &tensor) { return tensor.data_ptr<float>(); }

/** The first `rows` rows of a buffer allocated for the largest batch (a contiguous view). */
inline torch::Tensor firstRows(const torch::Tensor &buffer, int64_t rows) { return buffer.narrow(0, 0, rows); }

inline torch::Tensor rowBuffer(int64_t rows, int64_t features)
{
    return torch::empty({rows, features}, torch::kFloat32);
}

/** `parameter`'s gradient tensor, which a step overwrites in place (allocated zeroed if it has none). */
inline torch::Tensor gradientOf(torch::Tensor parameter)
{
    if (!parameter.grad().defined())
        parameter.mutable_grad() = torch::zeros_like(parameter, torch::MemoryFormat::Contiguous);
    return parameter.grad();
}

} // namespace synthreg::core
