// What the kernels of tttv2/native share: which SIMD paths this CPU runs (checked at run time, so one build
// serves every x86-64 machine) and AVX2's horizontal sum.
#pragma once

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define TTTV2_X86 1
#endif

namespace tttv2_native {

#ifdef TTTV2_X86
inline bool cpu_has_avx2() {
  return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") && __builtin_cpu_supports("f16c");
}

inline bool cpu_has_vnni() {
  return cpu_has_avx2() && __builtin_cpu_supports("avx512vnni") && __builtin_cpu_supports("avx512vl");
}

__attribute__((target("avx2,fma,f16c"))) inline float horizontal_sum(__m256 v) {
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
}
#else
inline bool cpu_has_avx2() { return false; }
inline bool cpu_has_vnni() { return false; }
#endif

}  // namespace tttv2_native
