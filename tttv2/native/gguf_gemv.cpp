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

float dot_q8_portable(const int8_t* w, const float* ws, const int8_t* x, const float* xd, int64_t blocks) {
  float acc = 0.0f;
  for (int64_t b = 0; b < blocks; ++b) {
    int32_t total = 0;
    for (int64_t i = 0; i < kBlock; ++i) total += w[b * kBlock + i] * x[b * kBlock + i];
    acc += ws[b] * xd[b] * static_cast<float>(total);
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

// R output rows at once: the activation block is loaded once and the R accumulator chains run in parallel.
template <int R>
__attribute__((target("avx2,fma"))) void dot_q4_avx2(const uint8_t* w, const float* ws, const float* wm,
                                                     int64_t blocks, const int8_t* x, const float* xd,
                                                     const float* xs, float* y) {
  const __m256i low_nibbles = _mm256_set1_epi8(15);
  const __m256i ones = _mm256_set1_epi16(1);
  __m256 acc[R];
  for (int r = 0; r < R; ++r) acc[r] = _mm256_setzero_ps();
  for (int64_t b = 0; b < blocks; ++b) {
    const __m256i p = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + b * kBlock));
    const __m256 pd = _mm256_broadcast_ss(xd + b);
    for (int r = 0; r < R; ++r) {
      const __m128i packed =
          _mm_loadu_si128(reinterpret_cast<const __m128i*>(w + (r * blocks + b) * (kBlock / 2)));
      // low nibbles are weights 0..15, high nibbles 16..31: one 256-bit vector of 32 codes
      const __m256i codes = _mm256_and_si256(_mm256_set_m128i(_mm_srli_epi16(packed, 4), packed), low_nibbles);
      const __m256i pairs = _mm256_maddubs_epi16(codes, p);  // u8 x s8, at most 2 * 15 * 127: no saturation
      const __m256 total = _mm256_cvtepi32_ps(_mm256_madd_epi16(pairs, ones));
      acc[r] = _mm256_fmadd_ps(_mm256_mul_ps(_mm256_broadcast_ss(ws + r * blocks + b), pd), total, acc[r]);
    }
  }
  for (int r = 0; r < R; ++r) {
    // the offset term, sum_b m_b * (d_x sum p)_b, eight blocks at a time
    __m256 offset = _mm256_setzero_ps();
    int64_t b = 0;
    for (; b + 8 <= blocks; b += 8) {
      offset = _mm256_fmadd_ps(_mm256_loadu_ps(wm + r * blocks + b), _mm256_loadu_ps(xs + b), offset);
    }
    float tail = 0.0f;
    for (; b < blocks; ++b) tail += wm[r * blocks + b] * xs[b];
    y[r] = horizontal_sum(_mm256_add_ps(acc[r], offset)) + tail;
  }
}

template <int R>
__attribute__((target("avx2,fma"))) void dot_q8_avx2(const int8_t* w, const float* ws, int64_t blocks,
                                                     const int8_t* x, const float* xd, float* y) {
  const __m256i ones = _mm256_set1_epi16(1);
  __m256 acc[R];
  for (int r = 0; r < R; ++r) acc[r] = _mm256_setzero_ps();
  for (int64_t b = 0; b < blocks; ++b) {
    const __m256i p = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(x + b * kBlock));
    const __m256 pd = _mm256_broadcast_ss(xd + b);
    for (int r = 0; r < R; ++r) {
      const __m256i q = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + (r * blocks + b) * kBlock));
      // maddubs takes one unsigned operand: |q| times p with q's sign moved onto p
      const __m256i pairs = _mm256_maddubs_epi16(_mm256_sign_epi8(q, q), _mm256_sign_epi8(p, q));
      const __m256 total = _mm256_cvtepi32_ps(_mm256_madd_epi16(pairs, ones));
      acc[r] = _mm256_fmadd_ps(_mm256_mul_ps(_mm256_broadcast_ss(ws + r * blocks + b), pd), total, acc[r]);
    }
  }
  for (int r = 0; r < R; ++r) y[r] = horizontal_sum(acc[r]);
}

bool cpu_has_avx2() {
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#else
bool cpu_has_avx2() { return false; }
#endif

void check_operands(const char* op, const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale,
                    at::ScalarType code_type, int64_t codes_per_byte) {
  TORCH_CHECK(x.dim() == 2 && x.scalar_type() == at::kFloat && x.is_contiguous() && x.device().is_cpu(), op,
              ": x must be a contiguous float32 CPU tensor [rows, in], got ", x.scalar_type(), " ", x.sizes());
  const int64_t in = x.size(1), out = codes.size(0);
  TORCH_CHECK(in % kBlock == 0, op, ": in_features must be a multiple of ", kBlock, ", got ", in);
  TORCH_CHECK(codes.dim() == 2 && codes.scalar_type() == code_type && codes.is_contiguous() &&
                  codes.size(1) * codes_per_byte == in,
              op, ": codes must be contiguous ", code_type, " [out, ", in / codes_per_byte, "], got ",
              codes.scalar_type(), " ", codes.sizes());
  TORCH_CHECK(scale.scalar_type() == at::kFloat && scale.is_contiguous() && scale.dim() == 2 &&
                  scale.size(0) == out && scale.size(1) == in / kBlock,
              op, ": scale must be contiguous float32 [", out, ", ", in / kBlock, "], got ", scale.scalar_type(),
              " ", scale.sizes());
}

at::Tensor q4_mm(const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale, const at::Tensor& offset,
                 bool portable) {
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
  const bool avx2 = !portable && cpu_has_avx2();
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
          take == 4 ? dot_q4_avx2<4>(wo, wso, wmo, blocks, pr, pdr, psr, yr)
                    : dot_q4_avx2<1>(wo, wso, wmo, blocks, pr, pdr, psr, yr);
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

at::Tensor q8_mm(const at::Tensor& x, const at::Tensor& codes, const at::Tensor& scale, bool portable) {
  check_operands("tttv2::gguf_q8_mm", x, codes, scale, at::kChar, 1);
  const int64_t n = x.size(0), in = x.size(1), out = codes.size(0), blocks = in / kBlock;
  const QuantizedRows rows = quantize_rows(x);
  at::Tensor y = at::empty({n, out}, x.options());
  const int8_t* w = codes.data_ptr<int8_t>();
  const float* ws = scale.data_ptr<float>();
  const int8_t* p = rows.codes.data_ptr<int8_t>();
  const float* pd = rows.scale.data_ptr<float>();
  float* result = y.data_ptr<float>();
  const bool avx2 = !portable && cpu_has_avx2();
  at::parallel_for(0, out, kRowsPerTask, [&](int64_t begin, int64_t end) {
    for (int64_t o = begin; o < end;) {
      const int64_t take = avx2 && o + 4 <= end ? 4 : 1;
      const int8_t* wo = w + o * in;
      const float* wso = ws + o * blocks;
      for (int64_t r = 0; r < n; ++r) {
        const int8_t* pr = p + r * in;
        const float* pdr = pd + r * blocks;
        float* yr = result + r * out + o;
#ifdef TTTV2_X86
        if (avx2) {
          take == 4 ? dot_q8_avx2<4>(wo, wso, blocks, pr, pdr, yr) : dot_q8_avx2<1>(wo, wso, blocks, pr, pdr, yr);
          continue;
        }
#endif
        *yr = dot_q8_portable(wo, wso, pr, pdr, blocks);
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
  const int64_t out = codes.size(0), in = codes.size(1), blocks = in / kBlock;
  check_operands("tttv2::gguf_q8_dequantize", at::empty({0, in}, scale.options()), codes, scale, at::kChar, 1);
  at::Tensor weight = at::empty({out, in}, scale.options());
  const int8_t* w = codes.data_ptr<int8_t>();
  const float* ws = scale.data_ptr<float>();
  float* dense = weight.data_ptr<float>();
  at::parallel_for(0, out * blocks, kRowsPerTask * blocks, [&](int64_t begin, int64_t end) {
    for (int64_t b = begin; b < end; ++b) {
      for (int64_t i = 0; i < kBlock; ++i) dense[b * kBlock + i] = static_cast<float>(w[b * kBlock + i]) * ws[b];
    }
  });
  return weight;
}

}  // namespace

TORCH_LIBRARY(tttv2, m) {
  m.def("gguf_q4_mm(Tensor x, Tensor codes, Tensor scale, Tensor offset, bool portable=False) -> Tensor");
  m.def("gguf_q8_mm(Tensor x, Tensor codes, Tensor scale, bool portable=False) -> Tensor");
  m.def("gguf_q4_dequantize(Tensor codes, Tensor scale, Tensor offset) -> Tensor");
  m.def("gguf_q8_dequantize(Tensor codes, Tensor scale) -> Tensor");
  m.def("gguf_has_avx2() -> bool", &cpu_has_avx2);
}

TORCH_LIBRARY_IMPL(tttv2, CPU, m) {
  m.impl("gguf_q4_mm", &q4_mm);
  m.impl("gguf_q8_mm", &q8_mm);
  m.impl("gguf_q4_dequantize", &q4_dequantize);
  m.impl("gguf_q8_dequantize", &q8_dequantize);
}
