// GGUF block matrix products: y = x @ W.T with W kept as 4-bit or 8-bit codes in blocks of 32 weights.
//
// As llama.cpp's ggml_vec_dot_q4_1_q8_1 does, each block of 32 activations is quantized to int8 with one scale
// (and its sum, for the offset term), so a block's dot product is exact integer arithmetic:
//   q4: sum_i (d_w q_i + m_w) (d_x p_i) = d_w d_x sum_i q_i p_i + m_w (d_x sum_i p_i),  q_i in 0..15
//   q8: sum_i (d_w q_i) (d_x p_i)       = d_w d_x sum_i q_i p_i,                       q_i in -128..127
// A 4-bit block is 16 bytes: byte j holds weight j in its low nibble and weight j + 16 in its high nibble
// (GGUF's Q4_0/Q4_1 order). The AVX2 path is chosen at run time; the portable loop is the fallback.

#include <ATen/Parallel.h>
#include <ATen/core/Tensor.h>
#include <ATen/ops/empty.h>
#include <c10/util/Exception.h>
#include <torch/library.h>

#include <cmath>
#include <cstdint>
#include <type_traits>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define TTTV2_X86 1
#endif

namespace {

constexpr int64_t kBlock = 32;
constexpr int64_t kRowsPerTask = 16;  // output rows one thread takes at least

// Activations of one call, quantized per block of 32: codes, scale and scale * sum of codes per block.
struct QuantizedRows {
  at::Tensor codes;  // int8 [n, in]
  at::Tensor scale;  // float [n, in / 32]
  at::Tensor sum;    // float [n, in / 32]
};

QuantizedRows quantize_rows(const at::Tensor& x) {
  const int64_t n = x.size(0), in = x.size(1), blocks = in / kBlock;
  QuantizedRows out{at::empty({n, in}, x.options().dtype(at::kChar)), at::empty({n, blocks}, x.options()),
                    at::empty({n, blocks}, x.options())};
  const float* src = x.data_ptr<float>();
  int8_t* codes = out.codes.data_ptr<int8_t>();
  float* scale = out.scale.data_ptr<float>();
  float* sum = out.sum.data_ptr<float>();
  for (int64_t b = 0; b < n * blocks; ++b) {
    const float* v = src + b * kBlock;
    float amax = 0.0f;
    for (int64_t i = 0; i < kBlock; ++i) amax = std::fmax(amax, std::fabs(v[i]));
    const float d = amax / 127.0f;
    const float inverse = d != 0.0f ? 1.0f / d : 0.0f;
    int32_t total = 0;
    for (int64_t i = 0; i < kBlock; ++i) {
      const int32_t q = static_cast<int32_t>(std::nearbyint(v[i] * inverse));  // ties to even, as torch.round
      codes[b * kBlock + i] = static_cast<int8_t>(q);
      total += q;
    }
    scale[b] = d;
    sum[b] = d * static_cast<float>(total);
  }
  return out;
}

float dot_q4_portable(const uint8_t* w, const float* ws, const float* wm, const int8_t* x, const float* xd,
                      const float* xs, int64_t blocks) {
  float acc = 0.0f;
  for (int64_t b = 0; b < blocks; ++b) {
    const uint8_t* packed = w + b * (kBlock / 2);
    const int8_t* p = x + b * kBlock;
    int32_t total = 0;
    for (int64_t j = 0; j < kBlock / 2; ++j) {
      total += (packed[j] & 15) * p[j] + (packed[j] >> 4) * p[j + kBlock / 2];
    }
    acc += ws[b] * xd[b] * static_cast<float>(total) + wm[b] * xs[b];
  }
  return acc;
}

// ``group`` weights per scale: 32 (Q8_0, Q5_0) or 16 (Q6_K's sub-blocks)
float dot_q8_portable(const int8_t* w, const float* ws, const int8_t* x, const float* xd, int64_t blocks,
                      int64_t group = kBlock) {
  float acc = 0.0f;
  for (int64_t b = 0; b < blocks; ++b) {
    for (int64_t g = 0; g < kBlock; g += group) {
      int32_t total = 0;
      for (int64_t i = g; i < g + group; ++i) total += w[b * kBlock + i] * x[b * kBlock + i];
      acc += ws[(b * kBlock + g) / group] * xd[b] * static_cast<float>(total);
    }
  }
  return acc;
}

#ifdef TTTV2_X86
__attribute__((target("avx2,fma"))) float horizontal_sum(__m256 v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}

// Integer dot products of unsigned 4-bit codes with signed int8 activations, 4 bytes per int32 lane: AVX2's
// maddubs + madd pair, or one AVX-VNNI / AVX512-VNNI instruction where the CPU has it.
struct MaddubsDot {
  __attribute__((target("avx2,fma"), always_inline)) static inline __m256i pair(__m256i u0, __m256i s0, __m256i u1, __m256i s1) {
    // each maddubs sum is at most 2 * 15 * 127, their sum 7620: no int16 saturation
    const __m256i sums = _mm256_add_epi16(_mm256_maddubs_epi16(u0, s0), _mm256_maddubs_epi16(u1, s1));
    return _mm256_madd_epi16(sums, _mm256_set1_epi16(1));
  }
  __attribute__((target("avx2,fma"), always_inline)) static inline __m256i single(__m256i u, __m256i s) {
    return _mm256_madd_epi16(_mm256_maddubs_epi16(u, s), _mm256_set1_epi16(1));
  }
};

// vpdpbusd through inline assembly: the intrinsic would need an AVX-512 target for the whole calling function,
// which lets the compiler use AVX-512 anywhere in it; this keeps every other instruction AVX2.
struct VnniDot {
  __attribute__((target("avx2,fma"), always_inline)) static inline __m256i pair(__m256i u0, __m256i s0, __m256i u1,
                                                                                __m256i s1) {
    __m256i sums = _mm256_setzero_si256();
    asm("vpdpbusd %[s0], %[u0], %[sums]\n\tvpdpbusd %[s1], %[u1], %[sums]"
        : [sums] "+x"(sums)
        : [u0] "x"(u0), [s0] "x"(s0), [u1] "x"(u1), [s1] "x"(s1));
    return sums;
  }
  __attribute__((target("avx2,fma"), always_inline)) static inline __m256i single(__m256i u, __m256i s) {
    __m256i sums = _mm256_setzero_si256();
    asm("vpdpbusd %[s], %[u], %[sums]" : [sums] "+x"(sums) : [u] "x"(u), [s] "x"(s));
    return sums;
  }
};

// Two weight scales (at w) times two activation scales (pd), spread over the eight lanes as ``lanes`` says: the
// float factor of a step's integer sums, whose lanes belong to two blocks (or sub-blocks).
__attribute__((target("avx2,fma"), always_inline)) inline __m256 lane_scales(const float* w, __m128 pd, __m256i lanes) {
  const __m128 wd = _mm_castpd_ps(_mm_load_sd(reinterpret_cast<const double*>(w)));
  return _mm256_permutevar8x32_ps(_mm256_castps128_ps256(_mm_mul_ps(wd, pd)), lanes);
}

// Signed int8 codes q times signed activations p: the dot products take one unsigned operand, so |q| times p
// with q's sign moved onto p.
template <typename Dot>
__attribute__((target("avx2,fma"), always_inline)) inline __m256i signed_dot(__m256i q, __m256i p) {
  return Dot::single(_mm256_sign_epi8(q, q), _mm256_sign_epi8(p, q));
}

// R output rows at once, two blocks per step. One 256-bit load holds two blocks' 16 code bytes; masking its low
// and high nibbles gives [block b weights 0..15 | block b+1 weights 0..15] and the same for weights 16..31, so
// the activations are regrouped the same way (once per step, shared by the R rows) and each 128-bit half of the
// integer sums belongs to one block, scaled by that block's weight scale times activation scale.
template <int R, typename Dot>
__attribute__((target("avx2,fma"))) inline void dot_q4_pairs(const uint8_t* w, const float* ws, const float* wm,
                                                             int64_t blocks, const int8_t* x, const float* xd,
                                                             const float* xs, float* y) {
  const __m256i low_nibbles = _mm256_set1_epi8(15);
  const __m256i halves = _mm256_set_epi32(1, 1, 1, 1, 0, 0, 0, 0);  // lane -> which block of the pair
  __m256 acc[R];
  for (int r = 0; r < R; ++r) acc[r] = _mm256_setzero_ps();
  int64_t b = 0;
  for (; b + 2 <= blocks; b += 2) {
    const __m256i p0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + b * kBlock));
    const __m256i p1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + (b + 1) * kBlock));
    const __m256i first = _mm256_permute2x128_si256(p0, p1, 0x20);   // activations 0..15 of b, of b+1
    const __m256i second = _mm256_permute2x128_si256(p0, p1, 0x31);  // activations 16..31 of b, of b+1
    const __m128 pd = _mm_castpd_ps(_mm_load_sd(reinterpret_cast<const double*>(xd + b)));
    for (int r = 0; r < R; ++r) {
      const __m256i packed = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + (r * blocks + b) * (kBlock / 2)));
      const __m256i low = _mm256_and_si256(packed, low_nibbles);
      const __m256i high = _mm256_and_si256(_mm256_srli_epi16(packed, 4), low_nibbles);
      const __m256 total = _mm256_cvtepi32_ps(Dot::pair(low, first, high, second));
      acc[r] = _mm256_fmadd_ps(lane_scales(ws + r * blocks + b, pd, halves), total, acc[r]);
    }
  }
  for (int r = 0; r < R; ++r) {
    // the offset term, sum_b m_b * (d_x sum p)_b, eight blocks at a time
    __m256 offset = _mm256_setzero_ps();
    int64_t o = 0;
    for (; o + 8 <= blocks; o += 8) {
      offset = _mm256_fmadd_ps(_mm256_loadu_ps(wm + r * blocks + o), _mm256_loadu_ps(xs + o), offset);
    }
    float tail = 0.0f;
    for (; o < blocks; ++o) tail += wm[r * blocks + o] * xs[o];
    if (b < blocks) {  // an odd last block
      tail += dot_q4_portable(w + (r * blocks + b) * (kBlock / 2), ws + r * blocks + b, wm + r * blocks + b,
                              x + b * kBlock, xd + b, xs + b, 1) - wm[r * blocks + b] * xs[b];
    }
    y[r] = horizontal_sum(_mm256_add_ps(acc[r], offset)) + tail;
  }
}

// The same for int8 codes, two blocks per step: a horizontal add leaves lanes 0, 1, 4, 5 with block b's sums and
// 2, 3, 6, 7 with b+1's.
template <int R, typename Dot>
__attribute__((target("avx2,fma"))) inline void dot_q8_pairs(const int8_t* w, const float* ws, int64_t blocks,
                                                             const int8_t* x, const float* xd, float* y) {
  const __m256i quarters = _mm256_set_epi32(1, 1, 0, 0, 1, 1, 0, 0);  // lane -> which block of the pair
  __m256 acc[R];
  for (int r = 0; r < R; ++r) acc[r] = _mm256_setzero_ps();
  int64_t b = 0;
  for (; b + 2 <= blocks; b += 2) {
    const __m256i p0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + b * kBlock));
    const __m256i p1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + (b + 1) * kBlock));
    const __m128 pd = _mm_castpd_ps(_mm_load_sd(reinterpret_cast<const double*>(xd + b)));
    for (int r = 0; r < R; ++r) {
      const int8_t* codes = w + (r * blocks + b) * kBlock;
      const __m256i q0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(codes));
      const __m256i q1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(codes + kBlock));
      const __m256i sums = _mm256_hadd_epi32(signed_dot<Dot>(q0, p0), signed_dot<Dot>(q1, p1));
      acc[r] = _mm256_fmadd_ps(lane_scales(ws + r * blocks + b, pd, quarters), _mm256_cvtepi32_ps(sums), acc[r]);
    }
  }
  for (int r = 0; r < R; ++r) {
    const float tail = b < blocks ? dot_q8_portable(w + (r * blocks + b) * kBlock, ws + r * blocks + b,
                                                    x + b * kBlock, xd + b, 1) : 0.0f;
    y[r] = horizontal_sum(acc[r]) + tail;
  }
}

// Int8 codes with a scale per 16 weights (Q6_K): one block a step, whose two 128-bit halves of integer sums
// are the two sub-blocks, scaled by their own weight scale times the block's activation scale.
template <int R, typename Dot>
__attribute__((target("avx2,fma"))) inline void dot_q8_halves(const int8_t* w, const float* ws, int64_t blocks,
                                                              const int8_t* x, const float* xd, float* y) {
  const __m256i halves = _mm256_set_epi32(1, 1, 1, 1, 0, 0, 0, 0);  // lane -> which sub-block
  __m256 acc[R];
  for (int r = 0; r < R; ++r) acc[r] = _mm256_setzero_ps();
  for (int64_t b = 0; b < blocks; ++b) {
    const __m256i p = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + b * kBlock));
    const __m128 pd = _mm_set1_ps(xd[b]);
    for (int r = 0; r < R; ++r) {
      const __m256i q = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + (r * blocks + b) * kBlock));
      const __m256i sums = signed_dot<Dot>(q, p);
      acc[r] = _mm256_fmadd_ps(lane_scales(ws + (r * blocks + b) * 2, pd, halves), _mm256_cvtepi32_ps(sums), acc[r]);
    }
  }
  for (int r = 0; r < R; ++r) y[r] = horizontal_sum(acc[r]);
}

// Calls ``kernel(rows, dot)`` with rows = 4 or 1 output rows (std::integral_constant) and dot = VnniDot or
// MaddubsDot, so each call site names its kernel once: kernel<decltype(rows)::value, decltype(dot)>(...).
template <typename Kernel>
inline void with_simd(bool vnni, int64_t take, Kernel kernel) {
  using Four = std::integral_constant<int, 4>;
  using One = std::integral_constant<int, 1>;
  if (vnni) {
    take == 4 ? kernel(Four{}, VnniDot{}) : kernel(One{}, VnniDot{});
  } else {
    take == 4 ? kernel(Four{}, MaddubsDot{}) : kernel(One{}, MaddubsDot{});
  }
}

bool cpu_has_avx2() {
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

bool cpu_has_vnni() {
  return cpu_has_avx2() && __builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512vl");
}
#else
bool cpu_has_avx2() { return false; }
bool cpu_has_vnni() { return false; }
#endif

// Weights per scale of int8 codes: 16 when the scale has in / 16 columns (Q6_K's sub-blocks), else 32.
int64_t int8_group(int64_t in, const at::Tensor& scale) {
  return scale.dim() == 2 && scale.size(1) == in / 16 && in % kBlock == 0 ? 16 : kBlock;
}

// ``group``: weights per scale (the scale has in / group columns)
void check_operands(const char* op, const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale,
                    at::ScalarType code_type, int64_t codes_per_byte, int64_t group = kBlock) {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat && x.is_contiguous() && x.device().is_cpu(), op,
              ": x must be a contiguous float32 CPU tensor [rows, in], got ", x.scalar_type(), " ", x.sizes());
  const int64_t in = x.size(1), out = codes.size(0);
  TORCH_CHECK(in % kBlock == 0, op, ": in_features must be a multiple of ", kBlock, ", got ", in);
  TORCH_CHECK(codes.dim() == 2 && codes.scalar_type() == code_type && codes.is_contiguous() &&
                  codes.size(1) * codes_per_byte == in,
              op, ": codes must be contiguous ", code_type, " [out, ", in / codes_per_byte, "], got ",
              codes.scalar_type(), " ", codes.sizes());
  TORCH_CHECK(scale.scalar_type() == at::kFloat && scale.is_contiguous() && scale.dim() == 2 &&
                  scale.size(0) == out && scale.size(1) == in / group,
              op, ": scale must be contiguous float32 [", out, ", ", in / group, "], got ", scale.scalar_type(),
              " ", scale.sizes());
}

at::Tensor q4_mm(const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale, const at::Tensor& offset,
                 bool portable, bool vnni_allowed) {
  check_operands("tttv2::gguf_q4_mm", x, codes, scale, at::kByte, 2);
  TORCH_CHECK(offset.sizes() == scale.sizes() && offset.scalar_type() == at::kFloat && offset.is_contiguous(),
              "tttv2::gguf_q4_mm: offset must be like scale ", scale.sizes(), ", got ", offset.sizes());
  const int64_t n = x.size(0), in = x.size(1), out = codes.size(0), blocks = in / kBlock;
  const QuantizedRows rows = quantize_rows(x);
  at::Tensor y = at::empty({n, out}, x.options());
  const uint8_t* w = codes.data_ptr<uint8_t>();
  const float *ws = scale.data_ptr<float>(), *wm = offset.data_ptr<float>();
  const int8_t* p = rows.codes.data_ptr<int8_t>();
  const float *pd = rows.scale.data_ptr<float>(), *ps = rows.sum.data_ptr<float>();
  float* result = y.data_ptr<float>();
  const bool avx2 = !portable && cpu_has_avx2(), vnni = avx2 && vnni_allowed && cpu_has_vnni();
  // four output rows at a time, each against every activation row while its codes are in L1
  at::parallel_for(0, out, kRowsPerTask, [&](int64_t begin, int64_t end) {
    for (int64_t o = begin; o < end;) {
      const int64_t take = avx2 && o + 4 <= end ? 4 : 1;
      const uint8_t* wo = w + o * (in / 2);
      const float *wso = ws + o * blocks, *wmo = wm + o * blocks;
      for (int64_t r = 0; r < n; ++r) {
        const int8_t* pr = p + r * in;
        const float *pdr = pd + r * blocks, *psr = ps + r * blocks;
        float* yr = result + r * out + o;
#ifdef TTTV2_X86
        if (avx2) {
          with_simd(vnni, take, [&](auto rows, auto dot) {
            dot_q4_pairs<decltype(rows)::value, decltype(dot)>(wo, wso, wmo, blocks, pr, pdr, psr, yr);
          });
          continue;
        }
#endif
        *yr = dot_q4_portable(wo, wso, wmo, pr, pdr, psr, blocks);
      }
      o += take;
    }
  });
  return y;
}

at::Tensor q8_mm(const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale, bool portable,
                 bool vnni_allowed) {
  const int64_t group = int8_group(x.size(1), scale);
  check_operands("tttv2::gguf_q8_mm", x, codes, scale, at::kChar, 1, group);
  const int64_t n = x.size(0), in = x.size(1), out = codes.size(0), blocks = in / kBlock;
  const QuantizedRows rows = quantize_rows(x);
  at::Tensor y = at::empty({n, out}, x.options());
  const int8_t* w = codes.data_ptr<int8_t>();
  const float* ws = scale.data_ptr<float>();
  const int8_t* p = rows.codes.data_ptr<int8_t>();
  const float* pd = rows.scale.data_ptr<float>();
  float* result = y.data_ptr<float>();
  const bool avx2 = !portable && cpu_has_avx2(), vnni = avx2 && vnni_allowed && cpu_has_vnni();
  at::parallel_for(0, out, kRowsPerTask, [&](int64_t begin, int64_t end) {
    for (int64_t o = begin; o < end;) {
      const int64_t take = avx2 && o + 4 <= end ? 4 : 1;
      const int8_t* wo = w + o * in;
      const float* wso = ws + o * (in / group);
      for (int64_t r = 0; r < n; ++r) {
        const int8_t* pr = p + r * in;
        const float* pdr = pd + r * blocks;
        float* yr = result + r * out + o;
#ifdef TTTV2_X86
        if (avx2) {
          with_simd(vnni, take, [&](auto rows, auto dot) {
            constexpr int R = decltype(rows)::value;
            using Dot = decltype(dot);
            group == kBlock ? dot_q8_pairs<R, Dot>(wo, wso, blocks, pr, pdr, yr)
                            : dot_q8_halves<R, Dot>(wo, wso, blocks, pr, pdr, yr);
          });
          continue;
        }
#endif
        *yr = dot_q8_portable(wo, wso, pr, pdr, blocks, group);
      }
      o += take;
    }
  });
  return y;
}

// The dense float32 weight [out, in] of 4-bit blocks (for a prefill's GEMM): one pass, rows in parallel.
at::Tensor q4_dequantize(const at::Tensor& codes, const at::Tensor& scale, const at::Tensor& offset) {
  const int64_t out = codes.size(0), in = codes.size(1) * 2, blocks = in / kBlock;
  check_operands("tttv2::gguf_q4_dequantize", at::empty({0, in}, scale.options()), codes, scale, at::kByte, 2);
  TORCH_CHECK(offset.sizes() == scale.sizes() && offset.scalar_type() == at::kFloat && offset.is_contiguous(),
              "tttv2::gguf_q4_dequantize: offset must be like scale ", scale.sizes(), ", got ", offset.sizes());
  at::Tensor weight = at::empty({out, in}, scale.options());
  const uint8_t* w = codes.data_ptr<uint8_t>();
  const float *ws = scale.data_ptr<float>(), *wm = offset.data_ptr<float>();
  float* dense = weight.data_ptr<float>();
  at::parallel_for(0, out * blocks, kRowsPerTask * blocks, [&](int64_t begin, int64_t end) {
    for (int64_t b = begin; b < end; ++b) {
      const uint8_t* packed = w + b * (kBlock / 2);
      float* v = dense + b * kBlock;
      for (int64_t j = 0; j < kBlock / 2; ++j) {
        v[j] = static_cast<float>(packed[j] & 15) * ws[b] + wm[b];
        v[j + kBlock / 2] = static_cast<float>(packed[j] >> 4) * ws[b] + wm[b];
      }
    }
  });
  return weight;
}

at::Tensor q8_dequantize(const at::Tensor& codes, const at::Tensor& scale) {
  const int64_t out = codes.size(0), in = codes.size(1), blocks = in / kBlock, group = int8_group(in, scale);
  check_operands("tttv2::gguf_q8_dequantize", at::empty({0, in}, scale.options()), codes, scale, at::kChar, 1, group);
  at::Tensor weight = at::empty({out, in}, scale.options());
  const int8_t* w = codes.data_ptr<int8_t>();
  const float* ws = scale.data_ptr<float>();
  float* dense = weight.data_ptr<float>();
  at::parallel_for(0, out * blocks, kRowsPerTask * blocks, [&](int64_t begin, int64_t end) {
    for (int64_t b = begin; b < end; ++b) {
      for (int64_t i = b * kBlock; i < (b + 1) * kBlock; ++i) dense[i] = static_cast<float>(w[i]) * ws[i / group];
    }
  });
  return weight;
}

}  // namespace

TORCH_LIBRARY(tttv2, m) {
  m.def("gguf_q4_mm(Tensor x, Tensor codes, Tensor scale, Tensor offset, bool portable=False, bool vnni=True) -> Tensor");
  m.def("gguf_q8_mm(Tensor x, Tensor codes, Tensor scale, bool portable=False, bool vnni=True) -> Tensor");
  m.def("gguf_q4_dequantize(Tensor codes, Tensor scale, Tensor offset) -> Tensor");
  m.def("gguf_q8_dequantize(Tensor codes, Tensor scale) -> Tensor");
  m.def("gguf_has_avx2() -> bool", &cpu_has_avx2);
  m.def("gguf_has_vnni() -> bool", &cpu_has_vnni);
}

TORCH_LIBRARY_IMPL(tttv2, CPU, m) {
  m.impl("gguf_q4_mm", &q4_mm);
  m.impl("gguf_q8_mm", &q8_mm);
  m.impl("gguf_q4_dequantize", &q4_dequantize);
  m.impl("gguf_q8_dequantize", &q8_dequantize);
}
