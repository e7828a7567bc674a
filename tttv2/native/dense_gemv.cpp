// Dense products for decode: y = x @ W.T (+ bias) for a few rows of x, W float32 or bfloat16 [out, in].
//
// A decode step multiplies each weight by one activation row, so it is a stream of the weight from DRAM.
// torch's CPU linear read such weights at 12-16 GB/s on a 2-core Zen 5 whose DRAM gives a `sum` 38 GB/s. Here
// each thread takes a contiguous run of output rows, reads them front to back (one forward stream, prefetched
// 2 KB ahead) and multiplies every row by all activation rows (at most kMaxRows, held in L1 as float32), so the
// weight is read once whatever the number of rows. bfloat16 weights widen to float32 exactly (a shift); sums
// are float32 either way, as torch's are. The AVX2 path is chosen at run time; the portable loop is the fallback.

#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <c10/util/BFloat16.h>
#include <c10/util/Exception.h>
#include <torch/library.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "cpu_features.h"

namespace {

using tttv2_native::cpu_has_avx2;

constexpr int64_t kMaxRows = 16;        // activation rows one call takes (tttv2.native.DENSE_MAX_ROWS)
constexpr int64_t kRowsPerPass = 4;     // activation rows one pass over a weight row multiplies
constexpr int64_t kRowsPerTask = 16;    // output rows one thread takes at least
constexpr int64_t kPrefetchBytes = 2048;

// The portable loop: one output row against n activation rows.
template <typename W>
void row_portable(const W* w, const float* x, int64_t n, int64_t in, float* out) {
  for (int64_t r = 0; r < n; ++r) {
    float acc = 0.0f;
    for (int64_t i = 0; i < in; ++i) acc += static_cast<float>(w[i]) * x[r * in + i];
    out[r] = acc;
  }
}

#ifdef TTTV2_X86
using tttv2_native::horizontal_sum;

// Sixteen weights as two float32 vectors.
__attribute__((target("avx2,fma,f16c"), always_inline)) inline void load16(const float* w, __m256& lo, __m256& hi) {
  lo = _mm256_loadu_ps(w);
  hi = _mm256_loadu_ps(w + 8);
}

__attribute__((target("avx2,fma,f16c"), always_inline)) inline void load16(const c10::BFloat16* w, __m256& lo,
                                                                          __m256& hi) {
  const __m256i bits = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w));
  lo = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(_mm256_castsi256_si128(bits)), 16));
  hi = _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(_mm256_extracti128_si256(bits, 1)), 16));
}

// One output row against N activation rows, sixteen inputs a step; the tail past a multiple of 16 in scalar.
template <int N, typename W>
__attribute__((target("avx2,fma,f16c"))) void row_avx2(const W* w, const float* x, int64_t in, float* out) {
  __m256 lo[N], hi[N];
  for (int r = 0; r < N; ++r) lo[r] = hi[r] = _mm256_setzero_ps();
  int64_t i = 0;
  for (; i + 16 <= in; i += 16) {
    _mm_prefetch(reinterpret_cast<const char*>(w + i) + kPrefetchBytes, _MM_HINT_T0);
    __m256 w0, w1;
    load16(w + i, w0, w1);
    for (int r = 0; r < N; ++r) {
      lo[r] = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x + r * in + i), lo[r]);
      hi[r] = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x + r * in + i + 8), hi[r]);
    }
  }
  for (int r = 0; r < N; ++r) {
    float acc = horizontal_sum(_mm256_add_ps(lo[r], hi[r]));
    for (int64_t j = i; j < in; ++j) acc += static_cast<float>(w[j]) * x[r * in + j];
    out[r] = acc;
  }
}

template <typename W>
void row_simd(const W* w, const float* x, int64_t n, int64_t in, float* out) {
  switch (n) {
    case 1: row_avx2<1>(w, x, in, out); break;
    case 2: row_avx2<2>(w, x, in, out); break;
    case 3: row_avx2<3>(w, x, in, out); break;
    default: row_avx2<4>(w, x, in, out); break;
  }
}
#endif

// x as float32 rows [n, in]: itself when it is float32 already, else widened into the calling thread's buffer.
const float* float_rows(const at::Tensor& x, std::vector<float>& buffer) {
  if (x.scalar_type() == at::kFloat) return x.data_ptr<float>();
  const c10::BFloat16* src = x.data_ptr<c10::BFloat16>();
  buffer.resize(x.numel());
  for (int64_t i = 0; i < x.numel(); ++i) buffer[i] = static_cast<float>(src[i]);
  return buffer.data();
}

// y [n, out] = rows [n, in] @ w.T + b, output rows split over threads.
template <typename W>
void multiply(const W* w, const W* b, const float* rows, int64_t n, int64_t in, int64_t out, bool avx2, W* y) {
  at::parallel_for(0, out, kRowsPerTask, [&](int64_t begin, int64_t end) {
    float sums[kMaxRows];
    for (int64_t o = begin; o < end; ++o) {
      for (int64_t r = 0; r < n; r += kRowsPerPass) {  // the weight row stays in L1 after the first pass
        const int64_t count = std::min(kRowsPerPass, n - r);
#ifdef TTTV2_X86
        if (avx2) {
          row_simd(w + o * in, rows + r * in, count, in, sums + r);
          continue;
        }
#endif
        row_portable(w + o * in, rows + r * in, count, in, sums + r);
      }
      const float shift = b != nullptr ? static_cast<float>(b[o]) : 0.0f;
      for (int64_t r = 0; r < n; ++r) y[r * out + o] = static_cast<W>(sums[r] + shift);
    }
  });
}

at::Tensor dense_mm(const at::Tensor& x, const at::Tensor& weight, const c10::optional<at::Tensor>& bias,
                    bool portable) {
  const char* op = "tttv2::dense_mm";
  TORCH_CHECK(weight.dim() == 2 && weight.is_contiguous() && weight.device().is_cpu() &&
                  (weight.scalar_type() == at::kFloat || weight.scalar_type() == at::kBFloat16),
              op, ": weight must be a contiguous float32 or bfloat16 CPU tensor [out, in], got ", weight.scalar_type(),
              " ", weight.sizes());
  const int64_t out = weight.size(0), in = weight.size(1);
  TORCH_CHECK(x.dim() == 2 && x.is_contiguous() && x.scalar_type() == weight.scalar_type() && x.size(1) == in &&
                  x.size(0) >= 1 && x.size(0) <= kMaxRows,
              op, ": x must be a contiguous ", weight.scalar_type(), " tensor [1..", kMaxRows, ", ", in, "], got ",
              x.scalar_type(), " ", x.sizes());
  const bool has_bias = bias.has_value() && bias->defined();
  if (has_bias) {
    TORCH_CHECK(bias->dim() == 1 && bias->size(0) == out && bias->scalar_type() == weight.scalar_type() &&
                    bias->is_contiguous(),
                op, ": bias must be a contiguous ", weight.scalar_type(), " tensor [", out, "], got ",
                bias->scalar_type(), " ", bias->sizes());
  }
  thread_local std::vector<float> widened;
  const float* rows = float_rows(x, widened);
  const bool avx2 = !portable && cpu_has_avx2();
  const int64_t n = x.size(0);
  at::Tensor y = at::empty({n, out}, x.options());
  if (weight.scalar_type() == at::kFloat) {
    multiply(weight.data_ptr<float>(), has_bias ? bias->data_ptr<float>() : nullptr, rows, n, in, out, avx2,
             y.data_ptr<float>());
  } else {
    multiply(weight.data_ptr<c10::BFloat16>(), has_bias ? bias->data_ptr<c10::BFloat16>() : nullptr, rows, n, in,
             out, avx2, y.data_ptr<c10::BFloat16>());
  }
  return y;
}

}  // namespace

TORCH_LIBRARY_FRAGMENT(tttv2, m) {
  m.def("dense_mm(Tensor x, Tensor weight, Tensor? bias=None, bool portable=False) -> Tensor");
}

TORCH_LIBRARY_IMPL(tttv2, CPU, m) { m.impl("dense_mm", &dense_mm); }
