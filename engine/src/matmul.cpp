#include "matmul.h"

#include "linnet/error.h"

#include <bit>

namespace linnet {

using tag = dnnl::memory::format_tag;
using dt = dnnl::memory::data_type;

MatmulRuntime::MatmulRuntime(int max_rows)
    : max_rows_(static_cast<int>(std::bit_ceil(static_cast<unsigned>(std::max(1, max_rows))))),
      engine_(dnnl::engine::kind::cpu, 0), stream_(engine_)
{
}

int MatmulRuntime::padded_rows(int m) const
{
    if (m < 1 || m > max_rows_)
        throw Error(ErrorKind::InvalidArgument, "internal: matrix product of " + std::to_string(m) + " rows");
    return static_cast<int>(std::bit_ceil(static_cast<unsigned>(m)));
}

dnnl::matmul::primitive_desc MatmulRuntime::describe(int m, int k, int n, const dnnl::memory::desc& weights) const
{
    const dnnl::memory::desc src({m, k}, dt::f32, tag::ab);
    const dnnl::memory::desc dst({m, n}, dt::f32, tag::ab);
    dnnl::primitive_attr attr;
    // One scratchpad for every primitive instead of one each.
    attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    return dnnl::matmul::primitive_desc(dnnl::matmul::desc(src, weights, dst), attr, engine_);
}

dnnl::memory::desc MatmulRuntime::weights_layout(int k, int n)
{
    auto found = layouts_.find({k, n});
    if (found != layouts_.end())
        return found->second;
    // The blocked layout oneDNN prefers depends on K and N only, not on the row count.
    const dnnl::memory::desc any({k, n}, dt::f32, tag::any);
    const auto layout = describe(max_rows_, k, n, any).weights_desc();
    layouts_.emplace(std::make_pair(k, n), layout);
    return layout;
}

void MatmulRuntime::grow_scratchpad(const dnnl::matmul::primitive_desc& pd)
{
    const size_t need = pd.scratchpad_desc().get_size();
    if (need <= scratchpad_bytes_.size() && scratchpad_)
        return;
    scratchpad_bytes_.resize(std::max(need, scratchpad_bytes_.size()));
    scratchpad_ = dnnl::memory({{static_cast<int64_t>(scratchpad_bytes_.size())}, dt::u8, tag::a}, engine_,
                               scratchpad_bytes_.data());
}

MatmulRuntime::Primitive& MatmulRuntime::primitive(int m, int k, int n)
{
    const auto key = std::make_tuple(m, k, n);
    auto found = primitives_.find(key);
    if (found != primitives_.end())
        return found->second;
    const auto pd = describe(m, k, n, weights_layout(k, n));
    grow_scratchpad(pd);
    Primitive p{dnnl::matmul(pd), dnnl::memory(pd.src_desc(), engine_, DNNL_MEMORY_NONE),
                dnnl::memory(pd.dst_desc(), engine_, DNNL_MEMORY_NONE)};
    return primitives_.emplace(key, std::move(p)).first->second;
}

void MatmulRuntime::run(const dnnl::memory& weights, int k, int n, const float* x, int m, float* y)
{
    Primitive& p = primitive(padded_rows(m), k, n);
    p.src.set_data_handle(const_cast<float*>(x));
    p.dst.set_data_handle(y);
    p.matmul.execute(stream_, {{DNNL_ARG_SRC, p.src},
                               {DNNL_ARG_WEIGHTS, weights},
                               {DNNL_ARG_DST, p.dst},
                               {DNNL_ARG_SCRATCHPAD, scratchpad_}});
    stream_.wait();
}

Linear::Linear(MatmulRuntime& runtime, const float* rows, int out, int in)
    : runtime_(&runtime), in_(in), out_(out)
{
    // PyTorch's (out, in) row-major matrix is oneDNN's {K=in, N=out} in `ba` order.
    const dnnl::memory::desc plain({in, out}, dt::f32, tag::ba);
    const dnnl::memory source(plain, runtime.engine(), const_cast<float*>(rows));
    weights_ = dnnl::memory(runtime.weights_layout(in, out), runtime.engine());
    dnnl::stream stream(runtime.engine());
    dnnl::reorder(source, weights_).execute(stream, const_cast<dnnl::memory&>(source), weights_);
    stream.wait();
}

} // namespace linnet
