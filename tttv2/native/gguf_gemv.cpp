// GGUF block matrix products: y = x @ W.T with W kept as 4-bit or 8-bit codes in blocks of 32 weights.
//
// As llama.cpp's ggml_vec_dot_q4_1_q8_1 does, each block of 32 activations is quantized to int8 with one scale
// (and its sum, for the offset term), so a block's dot product is exact integer arithmetic:
//   q4: sum_i (d_w q_i + m_w) (d_x p_i) = d_w d_x sum_i q_i p_i + m_w (d_x sum_i p_i),  q_i in 0..15
//   q8: sum_i (d_w q_i) (d_x p_i)       = d_w d_x sum_i q_i p_i,                       q_i in -128..127
// A 4-bit block is 16 bytes: byte j holds weight j in its low nibble and weight j + 16 in its high nibble
// (GGUF's Q4_0/Q4_1 order).
//
// Weights are tiled: four output rows and two blocks a step, [tiles, steps, 4, 2 blocks] for codes and for
// scales (see tttv2/native/__init__.py, ``tiled``), so one thread reads each operand as a single forward stream
// and prefetches it a few KB ahead; row by row (12 streams a thread) the GEMV reached a third of DRAM bandwidth.
// The AVX2 path is chosen at run time; the portable loop is the fallback.

#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <c10/util/Half.h>
#include <c10/util/Exception.h>
#include <torch/library.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

#include "cpu_features.h"

namespace {

using tttv2_native::cpu_has_avx2;
using tttv2_native::cpu_has_vnni;

constexpr int64_t kBlock = 32;
constexpr int64_t kTileRows = 4;      // output rows of a tile
constexpr int64_t kStepBlocks = 2;    // blocks of each row a step reads
constexpr int64_t kStepInputs = kStepBlocks * kBlock;
constexpr int64_t kTilesPerTask = 4;  // tiles (16 output rows) one thread takes at least
constexpr int64_t kPrefetchSteps = 32;  // how far ahead the SIMD loops prefetch weights (4-8 KB)

// Activations of one call, quantized per block of 32 and padded with zero blocks to whole steps: codes, scale
// and scale * sum of codes per block. They live in the calling thread's buffers (reused by its next call: no
// allocation per call), which the worker threads read while the call runs.
struct QuantizedRows {
  const int8_t* codes;  // [n, steps * 64]
  const float* scale;   // [n, steps * 2]
  const float* sum;     // [n, steps * 2]
};

QuantizedRows quantize_rows(const at::Tensor& x, int64_t steps) {
  thread_local std::vector<int8_t> code_buffer;
  thread_local std::vector<float> scale_buffer, sum_buffer;
  const int64_t n = x.size(0), in = x.size(1), blocks = in / kBlock, padded = steps * kStepBlocks;
  code_buffer.assign(n * padded * kBlock, 0);
  scale_buffer.assign(n * padded, 0.0f);
  sum_buffer.assign(n * padded, 0.0f);
  const float* src = x.data_ptr<float>();
  int8_t* codes = code_buffer.data();
  float* scale = scale_buffer.data();
  float* sum = sum_buffer.data();
  for (int64_t r = 0; r < n; ++r) {
    for (int64_t b = 0; b < blocks; ++b) {
      const float* v = src + r * in + b * kBlock;
      const int64_t block = r * padded + b;
      float amax = 0.0f;
      for (int64_t i = 0; i < kBlock; ++i) amax = std::fmax(amax, std::fabs(v[i]));
      const float d = amax / 127.0f;
      const float inverse = d != 0.0f ? 1.0f / d : 0.0f;
      int32_t total = 0;
      for (int64_t i = 0; i < kBlock; ++i) {
        const int32_t q = static_cast<int32_t>(std::nearbyint(v[i] * inverse));  // ties to even, as torch.round
        codes[block * kBlock + i] = static_cast<int8_t>(q);
        total += q;
      }
      scale[block] = d;
      sum[block] = d * static_cast<float>(total);
    }
  }
  return {codes, scale, sum};
}

// One tile of 4-bit codes ([steps, 4 rows, 2 blocks, 16 bytes]; scale and offset [steps, 4, 2]) against one
// row of activations: y[0..3].
template <typename Scale>
void q4_tile_portable(const uint8_t* w, const Scale* ws, const Scale* wm, int64_t steps, const int8_t* x,
                      const float* xd, const float* xs, float* y) {
  for (int64_t r = 0; r < kTileRows; ++r) {
    float acc = 0.0f;
    for (int64_t s = 0; s < steps; ++s) {
      for (int64_t k = 0; k < kStepBlocks; ++k) {
        const int64_t weight_block = (s * kTileRows + r) * kStepBlocks + k, block = s * kStepBlocks + k;
        const uint8_t* packed = w + weight_block * (kBlock / 2);
        const int8_t* p = x + block * kBlock;
        int32_t total = 0;
        for (int64_t j = 0; j < kBlock / 2; ++j) total += (packed[j] & 15) * p[j] + (packed[j] >> 4) * p[j + kBlock / 2];
        acc += static_cast<float>(ws[weight_block]) * xd[block] * static_cast<float>(total) +
               static_cast<float>(wm[weight_block]) * xs[block];
      }
    }
    y[r] = acc;
  }
}

// One tile of int8 codes ([steps, 4 rows, 64]) with ``scales`` scales a row and step (2: one per 32 weights,
// Q8_0 and Q5_0; 4: one per 16, Q6_K's sub-blocks).
template <typename Scale>
void q8_tile_portable(const int8_t* w, const Scale* ws, int64_t scales, int64_t steps, const int8_t* x,
                      const float* xd, float* y) {
  const int64_t group = kStepInputs / scales;
  for (int64_t r = 0; r < kTileRows; ++r) {
    float acc = 0.0f;
    for (int64_t s = 0; s < steps; ++s) {
      const int8_t* q = w + (s * kTileRows + r) * kStepInputs;
      for (int64_t g = 0; g < scales; ++g) {
        int32_t total = 0;
        for (int64_t i = g * group; i < (g + 1) * group; ++i) total += q[i] * x[s * kStepInputs + i];
        acc += static_cast<float>(ws[(s * kTileRows + r) * scales + g]) * xd[s * kStepBlocks + g * group / kBlock] *
               static_cast<float>(total);
      }
    }
    y[r] = acc;
  }
}

#ifdef TTTV2_X86
using tttv2_native::horizontal_sum;

// Integer dot products of unsigned codes with signed int8 activations, 4 bytes per int32 lane: AVX2's
// maddubs + madd pair, or one AVX-VNNI / AVX512-VNNI instruction where the CPU has it.
struct MaddubsDot {
  __attribute__((target("avx2,fma,f16c"), always_inline)) static inline __m256i pair(__m256i u0, __m256i s0, __m256i u1, __m256i s1) {
    // each maddubs sum is at most 2 * 15 * 127, their sum 7620: no int16 saturation
    const __m256i sums = _mm256_add_epi16(_mm256_maddubs_epi16(u0, s0), _mm256_maddubs_epi16(u1, s1));
    return _mm256_madd_epi16(sums, _mm256_set1_epi16(1));
  }
  __attribute__((target("avx2,fma,f16c"), always_inline)) static inline __m256i single(__m256i u, __m256i s) {
    return _mm256_madd_epi16(_mm256_maddubs_epi16(u, s), _mm256_set1_epi16(1));
  }
};

// vpdpbusd through inline assembly: the intrinsic would need an AVX-512 target for the whole calling function,
// which lets the compiler use AVX-512 anywhere in it; this keeps every other instruction AVX2.
struct VnniDot {
  __attribute__((target("avx2,fma,f16c"), always_inline)) static inline __m256i pair(__m256i u0, __m256i s0, __m256i u1,
                                                                                __m256i s1) {
    __m256i sums = _mm256_setzero_si256();
    asm("vpdpbusd %[s0], %[u0], %[sums]\n\tvpdpbusd %[s1], %[u1], %[sums]"
        : [sums] "+x"(sums)
        : [u0] "x"(u0), [s0] "x"(s0), [u1] "x"(u1), [s1] "x"(s1));
    return sums;
  }
  __attribute__((target("avx2,fma,f16c"), always_inline)) static inline __m256i single(__m256i u, __m256i s) {
    __m256i sums = _mm256_setzero_si256();
    asm("vpdpbusd %[s], %[u], %[sums]" : [sums] "+x"(sums) : [u] "x"(u), [s] "x"(s));
    return sums;
  }
};

// Signed int8 codes q times signed activations p: the dot products take one unsigned operand, so |q| times p
// with q's sign moved onto p.
template <typename Dot>
__attribute__((target("avx2,fma,f16c"), always_inline)) inline __m256i signed_dot(__m256i q, __m256i p) {
  return Dot::single(_mm256_sign_epi8(q, q), _mm256_sign_epi8(p, q));
}

// Prefetch ``lines`` cache lines of a stream, kPrefetchSteps steps of ``step_bytes`` ahead of ``at``.
__attribute__((always_inline)) inline void prefetch_ahead(const void* at, int64_t step_bytes, int lines) {
  const char* ahead = static_cast<const char*>(at) + kPrefetchSteps * step_bytes;
  for (int line = 0; line < lines; ++line) _mm_prefetch(ahead + 64 * line, _MM_HINT_T0);
}

// Weight scales are float32, or float16 where every scale of a tensor is exactly a float16 (GGUF stores Q4_0's,
// Q4_1's, Q5_0's and Q8_0's so): eight, four or two of them as float32 lanes.
__attribute__((target("avx2,fma,f16c"), always_inline)) inline __m256 load8(const float* s) { return _mm256_loadu_ps(s); }
__attribute__((target("avx2,fma,f16c"), always_inline)) inline __m256 load8(const at::Half* s) {
  return _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s)));
}
__attribute__((target("avx2,fma,f16c"), always_inline)) inline __m128 load4(const float* s) { return _mm_loadu_ps(s); }
__attribute__((target("avx2,fma,f16c"), always_inline)) inline __m128 load4(const at::Half* s) {
  return _mm_cvtph_ps(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(s)));
}
__attribute__((target("avx2,fma,f16c"), always_inline)) inline __m128 load2(const float* s) {
  return _mm_castpd_ps(_mm_load_sd(reinterpret_cast<const double*>(s)));
}
__attribute__((target("avx2,fma,f16c"), always_inline)) inline __m128 load2(const at::Half* s) {
  int32_t bits;
  std::memcpy(&bits, s, sizeof(bits));
  return _mm_cvtph_ps(_mm_cvtsi32_si128(bits));
}

// A step's activation scales of its two blocks, (d0, d1, d0, d1, ...) over eight lanes.
__attribute__((target("avx2,fma,f16c"), always_inline)) inline __m256 pair_broadcast(const float* at) {
  return _mm256_castpd_ps(_mm256_broadcast_sd(reinterpret_cast<const double*>(at)));
}

// One tile of 4-bit codes against one row of activations, a step at a time. A row's 32 code bytes hold its two
// blocks' 16; masking low and high nibbles gives [block 0 weights 0..15 | block 1 weights 0..15] and the same for
// weights 16..31, so the activations are regrouped the same way (once per step, shared by the 4 rows) and each
// 128-bit half of a row's integer sums belongs to one block, scaled by its weight scale times activation scale.
// The offset term m_w (d_x sum p) of all 4 rows and both blocks is one eight-lane product a step.
template <typename Dot, typename Scale>
__attribute__((target("avx2,fma,f16c"))) void q4_tile(const uint8_t* w, const Scale* ws, const Scale* wm, int64_t steps,
                                                 const int8_t* x, const float* xd, const float* xs, float* y) {
  const __m256i low_nibbles = _mm256_set1_epi8(15);
  __m256i lanes[kTileRows];  // row r's two weight scales (r*2, r*2+1) onto lanes 0..3 and 4..7
  for (int r = 0; r < kTileRows; ++r) lanes[r] = _mm256_set_epi32(2 * r + 1, 2 * r + 1, 2 * r + 1, 2 * r + 1, 2 * r, 2 * r, 2 * r, 2 * r);
  __m256 acc[kTileRows];
  for (int r = 0; r < kTileRows; ++r) acc[r] = _mm256_setzero_ps();
  __m256 offsets = _mm256_setzero_ps();  // lane r*2+k: row r, block k
  for (int64_t s = 0; s < steps; ++s) {
    const uint8_t* codes = w + s * kTileRows * kStepInputs / 2;
    prefetch_ahead(codes, kTileRows * kStepInputs / 2, 2);
    prefetch_ahead(ws + s * 8, 8 * sizeof(Scale), 1);
    prefetch_ahead(wm + s * 8, 8 * sizeof(Scale), 1);
    const __m256i p0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + s * kStepInputs));
    const __m256i p1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + s * kStepInputs + kBlock));
    const __m256i first = _mm256_permute2x128_si256(p0, p1, 0x20);   // activations 0..15 of block 0, of block 1
    const __m256i second = _mm256_permute2x128_si256(p0, p1, 0x31);  // activations 16..31 of block 0, of block 1
    const __m256 scales = _mm256_mul_ps(load8(ws + s * 8), pair_broadcast(xd + s * kStepBlocks));
    offsets = _mm256_fmadd_ps(load8(wm + s * 8), pair_broadcast(xs + s * kStepBlocks), offsets);
    for (int r = 0; r < kTileRows; ++r) {
      const __m256i packed = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(codes + r * kBlock));
      const __m256i low = _mm256_and_si256(packed, low_nibbles);
      const __m256i high = _mm256_and_si256(_mm256_srli_epi16(packed, 4), low_nibbles);
      const __m256 total = _mm256_cvtepi32_ps(Dot::pair(low, first, high, second));
      acc[r] = _mm256_fmadd_ps(_mm256_permutevar8x32_ps(scales, lanes[r]), total, acc[r]);
    }
  }
  float offset[8];
  _mm256_storeu_ps(offset, offsets);
  for (int r = 0; r < kTileRows; ++r) y[r] = horizontal_sum(acc[r]) + offset[2 * r] + offset[2 * r + 1];
}

// One tile of int8 codes, a step at a time. A horizontal add of the two blocks' integer sums leaves lanes 0, 1,
// 4, 5 with block 0's and 2, 3, 6, 7 with block 1's; lanes 0, 1 and 2, 3 come from each block's first 16
// weights. So with one scale a block (Scales = 2: Q8_0, Q5_0) lanes 0, 1, 4, 5 take scale 0 and the rest scale 1;
// with one per 16 weights (Scales = 4: Q6_K) lanes 0, 1 take scale 0, 4, 5 scale 1, 2, 3 scale 2, 6, 7 scale 3.
template <int Scales, typename Dot, typename Scale>
__attribute__((target("avx2,fma,f16c"))) void q8_tile(const int8_t* w, const Scale* ws, int64_t steps, const int8_t* x,
                                                 const float* xd, float* y) {
  const __m256i lanes = Scales == 2 ? _mm256_set_epi32(1, 1, 0, 0, 1, 1, 0, 0) : _mm256_set_epi32(3, 3, 1, 1, 2, 2, 0, 0);
  __m256 acc[kTileRows];
  for (int r = 0; r < kTileRows; ++r) acc[r] = _mm256_setzero_ps();
  for (int64_t s = 0; s < steps; ++s) {
    const int8_t* codes = w + s * kTileRows * kStepInputs;
    prefetch_ahead(codes, kTileRows * kStepInputs, 4);
    prefetch_ahead(ws + s * kTileRows * Scales, kTileRows * Scales * sizeof(Scale), 1);
    const __m256i p0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + s * kStepInputs));
    const __m256i p1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + s * kStepInputs + kBlock));
    const __m128 pd = _mm_castpd_ps(_mm_load_sd(reinterpret_cast<const double*>(xd + s * kStepBlocks)));
    // each weight scale's activation scale: (d0, d1) for one scale a block, (d0, d0, d1, d1) for two
    const __m128 activation = Scales == 2 ? pd : _mm_unpacklo_ps(pd, pd);
    for (int r = 0; r < kTileRows; ++r) {
      const int8_t* q = codes + r * kStepInputs;
      const __m256i q0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
      const __m256i q1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + kBlock));
      const __m256i sums = _mm256_hadd_epi32(signed_dot<Dot>(q0, p0), signed_dot<Dot>(q1, p1));
      const Scale* scale = ws + (s * kTileRows + r) * Scales;
      const __m128 weight = Scales == 2 ? load2(scale) : load4(scale);
      const __m256 factor = _mm256_permutevar8x32_ps(_mm256_castps128_ps256(_mm_mul_ps(weight, activation)), lanes);
      acc[r] = _mm256_fmadd_ps(factor, _mm256_cvtepi32_ps(sums), acc[r]);
    }
  }
  for (int r = 0; r < kTileRows; ++r) y[r] = horizontal_sum(acc[r]);
}
#endif

// Calls ``kernel(dot)`` with dot = VnniDot or MaddubsDot, so each call site names its kernel once:
// kernel<decltype(dot)>(...).
template <typename Kernel>
inline void with_dot(bool vnni, Kernel kernel) {
#ifdef TTTV2_X86
  vnni ? kernel(VnniDot{}) : kernel(MaddubsDot{});
#endif
}

int64_t steps_for(int64_t in) { return (in + kStepInputs - 1) / kStepInputs; }

// Calls ``body(tag)`` with tag a float or an at::Half, the type of ``scale``'s elements: body<decltype(tag)>.
template <typename Body>
inline void with_scale_type(const at::Tensor& scale, Body body) {
  scale.scalar_type() == at::kHalf ? body(at::Half{}) : body(float{});
}

// Checks x [n, in] and tiled weights: codes [tiles, steps, 4, step_bytes] of code_type, scale [tiles, steps, 4,
// scales] float32 or float16 (scales: 2, or 4 for int8 codes with a scale per 16).
void check_operands(const char* op, const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale,
                    at::ScalarType code_type, int64_t step_bytes) {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat && x.is_contiguous() && x.device().is_cpu(), op,
              ": x must be a contiguous float32 CPU tensor [rows, in], got ", x.scalar_type(), " ", x.sizes());
  const int64_t in = x.size(1), steps = steps_for(in);
  TORCH_CHECK(in % kBlock == 0, op, ": in_features must be a multiple of ", kBlock, ", got ", in);
  TORCH_CHECK(codes.dim() == 4 && codes.scalar_type() == code_type && codes.is_contiguous() && codes.size(1) == steps &&
                  codes.size(2) == kTileRows && codes.size(3) == step_bytes,
              op, ": codes must be contiguous ", code_type, " tiles [tiles, ", steps, ", ", kTileRows, ", ", step_bytes,
              "] (tttv2.native.tiled), got ", codes.scalar_type(), " ", codes.sizes());
  TORCH_CHECK((scale.scalar_type() == at::kFloat || scale.scalar_type() == at::kHalf) && scale.is_contiguous() &&
                  scale.dim() == 4 &&
                  scale.size(0) == codes.size(0) && scale.size(1) == steps && scale.size(2) == kTileRows &&
                  (scale.size(3) == kStepBlocks || (code_type == at::kChar && scale.size(3) == 2 * kStepBlocks)),
              op, ": scale must be contiguous float32 or float16 tiles [", codes.size(0), ", ", steps, ", ", kTileRows, ", ",
              kStepBlocks, "], got ", scale.scalar_type(), " ", scale.sizes());
}

// Checks a 4-bit weight's offsets against its scales: the same tiles, the same type.
void check_offset(const char* op, const at::Tensor& scale, const at::Tensor& offset) {
  TORCH_CHECK(offset.sizes() == scale.sizes() && offset.scalar_type() == scale.scalar_type() && offset.is_contiguous(),
              op, ": offset must be like scale ", scale.scalar_type(), " ", scale.sizes(), ", got ",
              offset.scalar_type(), " ", offset.sizes());
}

// One weight's tile kernel: ``run(t, r, y)`` writes tile t's four outputs for activation row r to y[0..3].
struct TiledWeight {
  int64_t tiles;
  std::function<void(int64_t, int64_t, float*)> run;
};

// The kernels' choice on this CPU: AVX2 unless ``portable`` (or no AVX2), VNNI where allowed and present.
struct Paths {
  bool avx2, vnni;
};
Paths paths_for(bool portable, bool vnni_allowed) {
  const bool avx2 = !portable && cpu_has_avx2();
  return {avx2, avx2 && vnni_allowed && cpu_has_vnni()};
}

TiledWeight q4_weight(const at::Tensor& codes, const at::Tensor& scale, const at::Tensor& offset,
                      const QuantizedRows& rows, Paths paths) {
  const int64_t steps = codes.size(1), tile_codes = steps * kTileRows * kStepInputs / 2, tile_scales = steps * 8;
  const int64_t row_inputs = steps * kStepInputs, row_blocks = steps * kStepBlocks;
  const uint8_t* w = codes.data_ptr<uint8_t>();
  TiledWeight weight{codes.size(0), {}};
  with_scale_type(scale, [&](auto tag) {
    using Scale = decltype(tag);
    const Scale *ws = scale.data_ptr<Scale>(), *wm = offset.data_ptr<Scale>();
    weight.run = [=](int64_t t, int64_t r, float* out) {
      const uint8_t* wt = w + t * tile_codes;
      const Scale *wst = ws + t * tile_scales, *wmt = wm + t * tile_scales;
      const int8_t* pr = rows.codes + r * row_inputs;
      const float *pdr = rows.scale + r * row_blocks, *psr = rows.sum + r * row_blocks;
      if (paths.avx2) {
        with_dot(paths.vnni, [&](auto dot) { q4_tile<decltype(dot), Scale>(wt, wst, wmt, steps, pr, pdr, psr, out); });
      } else {
        q4_tile_portable(wt, wst, wmt, steps, pr, pdr, psr, out);
      }
    };
  });
  return weight;
}

TiledWeight q8_weight(const at::Tensor& codes, const at::Tensor& scale, const QuantizedRows& rows, Paths paths) {
  const int64_t steps = codes.size(1), scales = scale.size(3);
  const int64_t tile_codes = steps * kTileRows * kStepInputs, tile_scales = steps * kTileRows * scales;
  const int64_t row_inputs = steps * kStepInputs, row_blocks = steps * kStepBlocks;
  const int8_t* w = codes.data_ptr<int8_t>();
  TiledWeight weight{codes.size(0), {}};
  with_scale_type(scale, [&](auto tag) {
    using Scale = decltype(tag);
    const Scale* ws = scale.data_ptr<Scale>();
    weight.run = [=](int64_t t, int64_t r, float* out) {
      const int8_t* wt = w + t * tile_codes;
      const Scale* wst = ws + t * tile_scales;
      const int8_t* pr = rows.codes + r * row_inputs;
      const float* pdr = rows.scale + r * row_blocks;
      if (paths.avx2) {
        with_dot(paths.vnni, [&](auto dot) {
          scales == kStepBlocks ? q8_tile<2, decltype(dot), Scale>(wt, wst, steps, pr, pdr, out)
                                : q8_tile<4, decltype(dot), Scale>(wt, wst, steps, pr, pdr, out);
        });
      } else {
        q8_tile_portable(wt, wst, scales, steps, pr, pdr, out);
      }
    };
  });
  return weight;
}

// Every weight's tiles against every activation row of x, all weights' tiles split over the threads of one
// parallel region; one result [n, tiles * 4] per weight.
std::vector<at::Tensor> over_tiles(const at::Tensor& x, const std::vector<TiledWeight>& weights) {
  const int64_t n = x.size(0);
  std::vector<at::Tensor> results;
  std::vector<float*> outputs;
  std::vector<int64_t> first_tile{0};  // weight i's tiles are [first_tile[i], first_tile[i + 1])
  for (const TiledWeight& weight : weights) {
    results.push_back(at::empty({n, weight.tiles * kTileRows}, x.options()));
    outputs.push_back(results.back().data_ptr<float>());
    first_tile.push_back(first_tile.back() + weight.tiles);
  }
  at::parallel_for(0, first_tile.back(), kTilesPerTask, [&](int64_t begin, int64_t end) {
    size_t i = 0;
    for (int64_t g = begin; g < end; ++g) {
      while (g >= first_tile[i + 1]) ++i;
      const int64_t t = g - first_tile[i], out = weights[i].tiles * kTileRows;
      // each tile against every activation row while its codes are in L1
      for (int64_t r = 0; r < n; ++r) weights[i].run(t, r, outputs[i] + r * out + t * kTileRows);
    }
  });
  return results;
}

at::Tensor q4_mm(const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale, const at::Tensor& offset,
                 bool portable, bool vnni_allowed) {
  check_operands("tttv2::gguf_q4_mm", x, codes, scale, at::kByte, kStepInputs / 2);
  check_offset("tttv2::gguf_q4_mm", scale, offset);
  const QuantizedRows rows = quantize_rows(x, codes.size(1));
  return over_tiles(x, {q4_weight(codes, scale, offset, rows, paths_for(portable, vnni_allowed))})[0];
}

at::Tensor q8_mm(const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale, bool portable,
                 bool vnni_allowed) {
  check_operands("tttv2::gguf_q8_mm", x, codes, scale, at::kChar, kStepInputs);
  const QuantizedRows rows = quantize_rows(x, codes.size(1));
  return over_tiles(x, {q8_weight(codes, scale, rows, paths_for(portable, vnni_allowed))})[0];
}

// Several weights against the same activations (a layer's q, k and v; gate and up): x quantized once, one
// parallel region. Weight i is 4-bit (uint8 codes, with offset[i]) or 8-bit (int8 codes, offset[i] None).
std::vector<at::Tensor> mm_many(const at::Tensor& x, at::TensorList codes, at::TensorList scale,
                                const c10::List<std::optional<at::Tensor>>& offset, bool portable, bool vnni_allowed) {
  const char* op = "tttv2::gguf_mm_many";
  TORCH_CHECK(!codes.empty() && codes.size() == scale.size() && codes.size() == offset.size(), op,
              ": codes, scale and offset must be non-empty lists of one length, got ", codes.size(), ", ", scale.size(), ", ",
              offset.size());
  std::vector<at::Tensor> offsets;
  for (size_t i = 0; i < codes.size(); ++i) {
    const std::optional<at::Tensor> given = offset.get(i);
    const bool q4 = codes[i].scalar_type() == at::kByte;
    TORCH_CHECK(q4 == given.has_value(), op, ": weight ", i, (q4 ? " has 4-bit codes and needs an offset"
                                                                  : " has int8 codes and takes no offset"));
    check_operands(op, x, codes[i], scale[i], q4 ? at::kByte : at::kChar, q4 ? kStepInputs / 2 : kStepInputs);
    if (q4) check_offset(op, scale[i], *given);
    offsets.push_back(q4 ? *given : at::Tensor());
  }
  const QuantizedRows rows = quantize_rows(x, steps_for(x.size(1)));
  const Paths paths = paths_for(portable, vnni_allowed);
  std::vector<TiledWeight> weights;
  for (size_t i = 0; i < codes.size(); ++i) {
    weights.push_back(offsets[i].defined() ? q4_weight(codes[i], scale[i], offsets[i], rows, paths)
                                           : q8_weight(codes[i], scale[i], rows, paths));
  }
  return over_tiles(x, weights);
}

// The dense float32 weight of tiled 4-bit blocks (for a prefill's GEMM), [tiles * 4, steps * 64] with the
// padding rows and blocks: one pass, tiles in parallel.
at::Tensor q4_dequantize(const at::Tensor& codes, const at::Tensor& scale, const at::Tensor& offset) {
  const int64_t steps = codes.size(1), in = steps * kStepInputs;
  check_operands("tttv2::gguf_q4_dequantize", at::empty({0, in}, scale.options().dtype(at::kFloat)), codes, scale, at::kByte, kStepInputs / 2);
  check_offset("tttv2::gguf_q4_dequantize", scale, offset);
  at::Tensor weight = at::empty({codes.size(0) * kTileRows, in}, scale.options().dtype(at::kFloat));
  const uint8_t* w = codes.data_ptr<uint8_t>();
  float* dense = weight.data_ptr<float>();
  // weight block b of the tiled order is (tile, step, row, block k); its 32 values go to row tile * 4 + row
  const int64_t tile_blocks = steps * kTileRows * kStepBlocks;
  with_scale_type(scale, [&](auto tag) {
    using Scale = decltype(tag);
    const Scale *ws = scale.data_ptr<Scale>(), *wm = offset.data_ptr<Scale>();
    at::parallel_for(0, codes.size(0) * tile_blocks, kTilesPerTask * tile_blocks, [&](int64_t begin, int64_t end) {
      for (int64_t b = begin; b < end; ++b) {
        const int64_t t = b / tile_blocks, s = b / (kTileRows * kStepBlocks) % steps, r = b / kStepBlocks % kTileRows,
                      k = b % kStepBlocks;
        const uint8_t* packed = w + b * (kBlock / 2);
        const float d = static_cast<float>(ws[b]), m = static_cast<float>(wm[b]);
        float* v = dense + (t * kTileRows + r) * in + s * kStepInputs + k * kBlock;
        for (int64_t j = 0; j < kBlock / 2; ++j) {
          v[j] = static_cast<float>(packed[j] & 15) * d + m;
          v[j + kBlock / 2] = static_cast<float>(packed[j] >> 4) * d + m;
        }
      }
    });
  });
  return weight;
}

// The same for tiled int8 codes, with one scale per 32 or per 16 weights.
at::Tensor q8_dequantize(const at::Tensor& codes, const at::Tensor& scale) {
  const int64_t steps = codes.size(1), in = steps * kStepInputs;
  check_operands("tttv2::gguf_q8_dequantize", at::empty({0, in}, scale.options().dtype(at::kFloat)), codes, scale, at::kChar, kStepInputs);
  at::Tensor weight = at::empty({codes.size(0) * kTileRows, in}, scale.options().dtype(at::kFloat));
  const int8_t* w = codes.data_ptr<int8_t>();
  float* dense = weight.data_ptr<float>();
  const int64_t group = kStepInputs / scale.size(3), tile_rows = steps * kTileRows;
  // tiled row-step c is (tile, step, row): 64 codes of row tile * 4 + row from input step * 64 on
  with_scale_type(scale, [&](auto tag) {
    using Scale = decltype(tag);
    const Scale* ws = scale.data_ptr<Scale>();
    at::parallel_for(0, codes.size(0) * tile_rows, kTilesPerTask * tile_rows, [&](int64_t begin, int64_t end) {
      for (int64_t c = begin; c < end; ++c) {
        const int64_t t = c / tile_rows, s = c / kTileRows % steps, r = c % kTileRows;
        float* v = dense + (t * kTileRows + r) * in + s * kStepInputs;
        for (int64_t i = 0; i < kStepInputs; ++i) {
          v[i] = static_cast<float>(w[c * kStepInputs + i]) * static_cast<float>(ws[c * (kStepInputs / group) + i / group]);
        }
      }
    });
  });
  return weight;
}

}  // namespace

TORCH_LIBRARY(tttv2, m) {
  m.def("gguf_q4_mm(Tensor x, Tensor codes, Tensor scale, Tensor offset, bool portable=False, bool vnni=True) -> Tensor");
  m.def("gguf_q8_mm(Tensor x, Tensor codes, Tensor scale, bool portable=False, bool vnni=True) -> Tensor");
  m.def("gguf_mm_many(Tensor x, Tensor[] codes, Tensor[] scale, Tensor?[] offset, bool portable=False, "
        "bool vnni=True) -> Tensor[]");
  m.def("gguf_q4_dequantize(Tensor codes, Tensor scale, Tensor offset) -> Tensor");
  m.def("gguf_q8_dequantize(Tensor codes, Tensor scale) -> Tensor");
  m.def("gguf_has_avx2() -> bool", &cpu_has_avx2);
  m.def("gguf_has_vnni() -> bool", &cpu_has_vnni);
}

TORCH_LIBRARY_IMPL(tttv2, CPU, m) {
  m.impl("gguf_q4_mm", &q4_mm);
  m.impl("gguf_q8_mm", &q8_mm);
  m.impl("gguf_mm_many", &mm_many);
  m.impl("gguf_q4_dequantize", &q4_dequantize);
  m.impl("gguf_q8_dequantize", &q8_dequantize);
}
