/*
 * pixels.c - an image pipeline hand-written with SIMD intrinsics: Wasm
 * SIMD (<wasm_simd128.h>) in the Wasm build, SSE4.1 in the native x86-64
 * build, the same algorithm step for step (128-bit vectors on both sides).
 * Per round, on a 1920x1080 RGBA frame:
 *   1. blend: alpha-composite an overlay over the frame, exact
 *      (x*(255-a) + y*a) / 255 rounding, in 16-bit lanes (alpha broadcast
 *      by a byte shuffle: i8x16.swizzle / pshufb);
 *   2. luma: RGBA to 8-bit Y (77R + 150G + 29B + 128) >> 8 with
 *      i32x4.dot_i16x8_s / pmaddwd, lane shuffles and two narrowing packs;
 *   3. blur: separable 3x3 [1 2 1] Gaussian in 16-bit lanes (unaligned
 *      neighbour loads, widening, shifts, narrowing);
 *   4. sobel: |gx| + |gy| edge magnitude saturated to 8 bits (i16x8.abs /
 *      pabsw), edges above a threshold counted with bitmask + popcount.
 * Every stage is integer-only and exact, so the output is deterministic;
 * the scalar versions of the stages (used for the row tails and on other
 * CPUs) are checked against the vector ones on a small odd-sized image
 * first. The native build uses SSE4.1 (and popcnt) through function target
 * attributes, since the harness compiles every C program with plain -O2;
 * clang cannot auto-vectorize this into anything better than what is
 * written, so native and Wasm run the same hand-vectorized code, and the
 * ratio measures how well a Wasm engine maps Wasm SIMD onto SSE. On CPUs
 * other than x86-64 the native build is scalar (no NEON version yet).
 * Default: 1920x1080, 200 rounds.
 */
#include "common.h"

#if defined(__wasm__)
#ifndef __wasm_simd128__
#error "pixels.c is written with Wasm SIMD intrinsics: build it with -msimd128"
#endif
#include <wasm_simd128.h>
#define PX_WASM 1
#define SIMD_FN
#elif defined(__x86_64__)
#include <immintrin.h>
#define PX_SSE 1
#define SIMD_FN __attribute__((target("sse4.1,popcnt")))
#else
#define PX_SCALAR 1
#endif

#define THRESH 48

/* ---------- scalar reference (also the row tails) ---------- */

static void blend_scalar(uint8_t *d, const uint8_t *s, const uint8_t *o, size_t npx) {
  for (size_t i = 0; i < npx; i++) {
    uint32_t a = o[4 * i + 3];
    for (int c = 0; c < 4; c++) {
      uint32_t x = s[4 * i + c] * (255 - a) + o[4 * i + c] * a + 128;
      d[4 * i + c] = (uint8_t)((x + (x >> 8)) >> 8);
    }
  }
}

static void luma_scalar(uint8_t *y, const uint8_t *p, size_t npx) {
  for (size_t i = 0; i < npx; i++)
    y[i] = (uint8_t)((77 * p[4 * i] + 150 * p[4 * i + 1] + 29 * p[4 * i + 2] + 128) >> 8);
}

static void blurv_scalar(uint16_t *t, const uint8_t *a, const uint8_t *b, const uint8_t *c, size_t n) {
  for (size_t i = 0; i < n; i++) t[i] = (uint16_t)(a[i] + 2 * b[i] + c[i]);
}

/* out[x] for x in [from, n-1) */
static void blurh_scalar(uint8_t *out, const uint16_t *t, size_t from, size_t n) {
  for (size_t x = from; x + 1 < n; x++) out[x] = (uint8_t)((t[x - 1] + 2 * t[x] + t[x + 1] + 8) >> 4);
}

static inline int iabs(int v) { return v < 0 ? -v : v; }

/* e[x] for x in [from, n-1); returns how many are above THRESH */
static uint32_t sobel_scalar(uint8_t *e, const uint8_t *p, const uint8_t *q, const uint8_t *r,
                             size_t from, size_t n) {
  uint32_t cnt = 0;
  for (size_t x = from; x + 1 < n; x++) {
    int gx = (p[x + 1] + 2 * q[x + 1] + r[x + 1]) - (p[x - 1] + 2 * q[x - 1] + r[x - 1]);
    int gy = (r[x - 1] + 2 * r[x] + r[x + 1]) - (p[x - 1] + 2 * p[x] + p[x + 1]);
    int m = iabs(gx) + iabs(gy);
    if (m > 255) m = 255;
    e[x] = (uint8_t)m;
    cnt += m > THRESH;
  }
  return cnt;
}

/* ---------- vector kernels ---------- */

#if PX_WASM

static void blend_row(uint8_t *d, const uint8_t *s, const uint8_t *o, size_t npx) {
  const v128_t aidx = wasm_i8x16_const(3, 3, 3, 3, 7, 7, 7, 7, 11, 11, 11, 11, 15, 15, 15, 15);
  const v128_t half = wasm_i16x8_splat(128);
  size_t i = 0;
  for (; i + 4 <= npx; i += 4) {
    v128_t vs = wasm_v128_load(s + 4 * i);
    v128_t vo = wasm_v128_load(o + 4 * i);
    v128_t a = wasm_i8x16_swizzle(vo, aidx);
    v128_t ia = wasm_v128_not(a);
    v128_t lo = wasm_i16x8_add(
        wasm_i16x8_add(wasm_i16x8_mul(wasm_u16x8_extend_low_u8x16(vs), wasm_u16x8_extend_low_u8x16(ia)),
                       wasm_i16x8_mul(wasm_u16x8_extend_low_u8x16(vo), wasm_u16x8_extend_low_u8x16(a))),
        half);
    v128_t hi = wasm_i16x8_add(
        wasm_i16x8_add(wasm_i16x8_mul(wasm_u16x8_extend_high_u8x16(vs), wasm_u16x8_extend_high_u8x16(ia)),
                       wasm_i16x8_mul(wasm_u16x8_extend_high_u8x16(vo), wasm_u16x8_extend_high_u8x16(a))),
        half);
    lo = wasm_u16x8_shr(wasm_i16x8_add(lo, wasm_u16x8_shr(lo, 8)), 8);
    hi = wasm_u16x8_shr(wasm_i16x8_add(hi, wasm_u16x8_shr(hi, 8)), 8);
    wasm_v128_store(d + 4 * i, wasm_u8x16_narrow_i16x8(lo, hi));
  }
  blend_scalar(d + 4 * i, s + 4 * i, o + 4 * i, npx - i);
}

/* 4 pixels (16 bytes RGBA) to 4 x i32 luma */
static inline v128_t luma4(const uint8_t *p) {
  const v128_t w = wasm_i16x8_make(77, 150, 29, 0, 77, 150, 29, 0);
  v128_t v = wasm_v128_load(p);
  v128_t lo = wasm_i32x4_dot_i16x8(wasm_u16x8_extend_low_u8x16(v), w);
  v128_t hi = wasm_i32x4_dot_i16x8(wasm_u16x8_extend_high_u8x16(v), w);
  v128_t sum = wasm_i32x4_add(wasm_i32x4_shuffle(lo, hi, 0, 2, 4, 6), wasm_i32x4_shuffle(lo, hi, 1, 3, 5, 7));
  return wasm_u32x4_shr(wasm_i32x4_add(sum, wasm_i32x4_splat(128)), 8);
}

static void luma_row(uint8_t *y, const uint8_t *p, size_t npx) {
  size_t i = 0;
  for (; i + 16 <= npx; i += 16) {
    v128_t a = wasm_u16x8_narrow_i32x4(luma4(p + 4 * i), luma4(p + 4 * i + 16));
    v128_t b = wasm_u16x8_narrow_i32x4(luma4(p + 4 * i + 32), luma4(p + 4 * i + 48));
    wasm_v128_store(y + i, wasm_u8x16_narrow_i16x8(a, b));
  }
  luma_scalar(y + i, p + 4 * i, npx - i);
}

static void blurv_row(uint16_t *t, const uint8_t *a, const uint8_t *b, const uint8_t *c, size_t n) {
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    v128_t va = wasm_v128_load(a + i), vb = wasm_v128_load(b + i), vc = wasm_v128_load(c + i);
    v128_t lo = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(va), wasm_u16x8_extend_low_u8x16(vc)),
                               wasm_i16x8_shl(wasm_u16x8_extend_low_u8x16(vb), 1));
    v128_t hi = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_high_u8x16(va), wasm_u16x8_extend_high_u8x16(vc)),
                               wasm_i16x8_shl(wasm_u16x8_extend_high_u8x16(vb), 1));
    wasm_v128_store(t + i, lo);
    wasm_v128_store(t + i + 8, hi);
  }
  blurv_scalar(t + i, a + i, b + i, c + i, n - i);
}

static inline v128_t blurh8(const uint16_t *t) {
  v128_t l = wasm_v128_load(t - 1), m = wasm_v128_load(t), r = wasm_v128_load(t + 1);
  v128_t s = wasm_i16x8_add(wasm_i16x8_add(l, r), wasm_i16x8_add(wasm_i16x8_shl(m, 1), wasm_i16x8_splat(8)));
  return wasm_u16x8_shr(s, 4);
}

static void blurh_row(uint8_t *out, const uint16_t *t, size_t n) {
  size_t x = 1;
  for (; x + 16 < n; x += 16) wasm_v128_store(out + x, wasm_u8x16_narrow_i16x8(blurh8(t + x), blurh8(t + x + 8)));
  blurh_scalar(out, t, x, n);
}

/* |gx| + |gy| for 8 pixels whose neighbours are given as widened rows */
static inline v128_t sobel8(v128_t pl, v128_t pm, v128_t pr, v128_t ql, v128_t qr, v128_t rl, v128_t rm, v128_t rr) {
  v128_t gx = wasm_i16x8_sub(wasm_i16x8_add(wasm_i16x8_add(pr, rr), wasm_i16x8_shl(qr, 1)),
                             wasm_i16x8_add(wasm_i16x8_add(pl, rl), wasm_i16x8_shl(ql, 1)));
  v128_t gy = wasm_i16x8_sub(wasm_i16x8_add(wasm_i16x8_add(rl, rr), wasm_i16x8_shl(rm, 1)),
                             wasm_i16x8_add(wasm_i16x8_add(pl, pr), wasm_i16x8_shl(pm, 1)));
  return wasm_i16x8_add(wasm_i16x8_abs(gx), wasm_i16x8_abs(gy));
}

#define LO(v) wasm_u16x8_extend_low_u8x16(v)
#define HI(v) wasm_u16x8_extend_high_u8x16(v)

static uint32_t sobel_row(uint8_t *e, const uint8_t *p, const uint8_t *q, const uint8_t *r, size_t n) {
  const v128_t th = wasm_i8x16_splat(THRESH);
  uint32_t cnt = 0;
  size_t x = 1;
  for (; x + 16 < n; x += 16) {
    v128_t pl = wasm_v128_load(p + x - 1), pm = wasm_v128_load(p + x), pr = wasm_v128_load(p + x + 1);
    v128_t ql = wasm_v128_load(q + x - 1), qr = wasm_v128_load(q + x + 1);
    v128_t rl = wasm_v128_load(r + x - 1), rm = wasm_v128_load(r + x), rr = wasm_v128_load(r + x + 1);
    v128_t lo = sobel8(LO(pl), LO(pm), LO(pr), LO(ql), LO(qr), LO(rl), LO(rm), LO(rr));
    v128_t hi = sobel8(HI(pl), HI(pm), HI(pr), HI(ql), HI(qr), HI(rl), HI(rm), HI(rr));
    v128_t m = wasm_u8x16_narrow_i16x8(lo, hi);
    wasm_v128_store(e + x, m);
    cnt += (uint32_t)__builtin_popcount(wasm_i8x16_bitmask(wasm_u8x16_gt(m, th)));
  }
  return cnt + sobel_scalar(e, p, q, r, x, n);
}

#elif PX_SSE

SIMD_FN static void blend_row(uint8_t *d, const uint8_t *s, const uint8_t *o, size_t npx) {
  const __m128i aidx = _mm_setr_epi8(3, 3, 3, 3, 7, 7, 7, 7, 11, 11, 11, 11, 15, 15, 15, 15);
  const __m128i half = _mm_set1_epi16(128);
  const __m128i z = _mm_setzero_si128();
  size_t i = 0;
  for (; i + 4 <= npx; i += 4) {
    __m128i vs = _mm_loadu_si128((const __m128i *)(s + 4 * i));
    __m128i vo = _mm_loadu_si128((const __m128i *)(o + 4 * i));
    __m128i a = _mm_shuffle_epi8(vo, aidx);
    __m128i ia = _mm_xor_si128(a, _mm_set1_epi8(-1));
    __m128i lo = _mm_add_epi16(
        _mm_add_epi16(_mm_mullo_epi16(_mm_unpacklo_epi8(vs, z), _mm_unpacklo_epi8(ia, z)),
                      _mm_mullo_epi16(_mm_unpacklo_epi8(vo, z), _mm_unpacklo_epi8(a, z))),
        half);
    __m128i hi = _mm_add_epi16(
        _mm_add_epi16(_mm_mullo_epi16(_mm_unpackhi_epi8(vs, z), _mm_unpackhi_epi8(ia, z)),
                      _mm_mullo_epi16(_mm_unpackhi_epi8(vo, z), _mm_unpackhi_epi8(a, z))),
        half);
    lo = _mm_srli_epi16(_mm_add_epi16(lo, _mm_srli_epi16(lo, 8)), 8);
    hi = _mm_srli_epi16(_mm_add_epi16(hi, _mm_srli_epi16(hi, 8)), 8);
    _mm_storeu_si128((__m128i *)(d + 4 * i), _mm_packus_epi16(lo, hi));
  }
  blend_scalar(d + 4 * i, s + 4 * i, o + 4 * i, npx - i);
}

SIMD_FN static inline __m128i luma4(const uint8_t *p) {
  const __m128i w = _mm_setr_epi16(77, 150, 29, 0, 77, 150, 29, 0);
  const __m128i z = _mm_setzero_si128();
  __m128i v = _mm_loadu_si128((const __m128i *)p);
  __m128 lo = _mm_castsi128_ps(_mm_madd_epi16(_mm_unpacklo_epi8(v, z), w));
  __m128 hi = _mm_castsi128_ps(_mm_madd_epi16(_mm_unpackhi_epi8(v, z), w));
  __m128i sum = _mm_add_epi32(_mm_castps_si128(_mm_shuffle_ps(lo, hi, _MM_SHUFFLE(2, 0, 2, 0))),
                              _mm_castps_si128(_mm_shuffle_ps(lo, hi, _MM_SHUFFLE(3, 1, 3, 1))));
  return _mm_srli_epi32(_mm_add_epi32(sum, _mm_set1_epi32(128)), 8);
}

SIMD_FN static void luma_row(uint8_t *y, const uint8_t *p, size_t npx) {
  size_t i = 0;
  for (; i + 16 <= npx; i += 16) {
    __m128i a = _mm_packus_epi32(luma4(p + 4 * i), luma4(p + 4 * i + 16));
    __m128i b = _mm_packus_epi32(luma4(p + 4 * i + 32), luma4(p + 4 * i + 48));
    _mm_storeu_si128((__m128i *)(y + i), _mm_packus_epi16(a, b));
  }
  luma_scalar(y + i, p + 4 * i, npx - i);
}

SIMD_FN static void blurv_row(uint16_t *t, const uint8_t *a, const uint8_t *b, const uint8_t *c, size_t n) {
  const __m128i z = _mm_setzero_si128();
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i va = _mm_loadu_si128((const __m128i *)(a + i));
    __m128i vb = _mm_loadu_si128((const __m128i *)(b + i));
    __m128i vc = _mm_loadu_si128((const __m128i *)(c + i));
    __m128i lo = _mm_add_epi16(_mm_add_epi16(_mm_unpacklo_epi8(va, z), _mm_unpacklo_epi8(vc, z)),
                               _mm_slli_epi16(_mm_unpacklo_epi8(vb, z), 1));
    __m128i hi = _mm_add_epi16(_mm_add_epi16(_mm_unpackhi_epi8(va, z), _mm_unpackhi_epi8(vc, z)),
                               _mm_slli_epi16(_mm_unpackhi_epi8(vb, z), 1));
    _mm_storeu_si128((__m128i *)(t + i), lo);
    _mm_storeu_si128((__m128i *)(t + i + 8), hi);
  }
  blurv_scalar(t + i, a + i, b + i, c + i, n - i);
}

SIMD_FN static inline __m128i blurh8(const uint16_t *t) {
  __m128i l = _mm_loadu_si128((const __m128i *)(t - 1));
  __m128i m = _mm_loadu_si128((const __m128i *)t);
  __m128i r = _mm_loadu_si128((const __m128i *)(t + 1));
  __m128i s = _mm_add_epi16(_mm_add_epi16(l, r), _mm_add_epi16(_mm_slli_epi16(m, 1), _mm_set1_epi16(8)));
  return _mm_srli_epi16(s, 4);
}

SIMD_FN static void blurh_row(uint8_t *out, const uint16_t *t, size_t n) {
  size_t x = 1;
  for (; x + 16 < n; x += 16)
    _mm_storeu_si128((__m128i *)(out + x), _mm_packus_epi16(blurh8(t + x), blurh8(t + x + 8)));
  blurh_scalar(out, t, x, n);
}

SIMD_FN static inline __m128i sobel8(__m128i pl, __m128i pm, __m128i pr, __m128i ql, __m128i qr, __m128i rl,
                                     __m128i rm, __m128i rr) {
  __m128i gx = _mm_sub_epi16(_mm_add_epi16(_mm_add_epi16(pr, rr), _mm_slli_epi16(qr, 1)),
                             _mm_add_epi16(_mm_add_epi16(pl, rl), _mm_slli_epi16(ql, 1)));
  __m128i gy = _mm_sub_epi16(_mm_add_epi16(_mm_add_epi16(rl, rr), _mm_slli_epi16(rm, 1)),
                             _mm_add_epi16(_mm_add_epi16(pl, pr), _mm_slli_epi16(pm, 1)));
  return _mm_add_epi16(_mm_abs_epi16(gx), _mm_abs_epi16(gy));
}

#define LO(v) _mm_unpacklo_epi8(v, z)
#define HI(v) _mm_unpackhi_epi8(v, z)
#define LD(p) _mm_loadu_si128((const __m128i *)(p))

SIMD_FN static uint32_t sobel_row(uint8_t *e, const uint8_t *p, const uint8_t *q, const uint8_t *r, size_t n) {
  const __m128i z = _mm_setzero_si128();
  const __m128i th1 = _mm_set1_epi8(THRESH + 1);
  uint32_t cnt = 0;
  size_t x = 1;
  for (; x + 16 < n; x += 16) {
    __m128i pl = LD(p + x - 1), pm = LD(p + x), pr = LD(p + x + 1);
    __m128i ql = LD(q + x - 1), qr = LD(q + x + 1);
    __m128i rl = LD(r + x - 1), rm = LD(r + x), rr = LD(r + x + 1);
    __m128i lo = sobel8(LO(pl), LO(pm), LO(pr), LO(ql), LO(qr), LO(rl), LO(rm), LO(rr));
    __m128i hi = sobel8(HI(pl), HI(pm), HI(pr), HI(ql), HI(qr), HI(rl), HI(rm), HI(rr));
    __m128i m = _mm_packus_epi16(lo, hi);
    _mm_storeu_si128((__m128i *)(e + x), m);
    /* m > THRESH as m == max(m, THRESH+1): SSE has no unsigned byte compare */
    cnt += (uint32_t)__builtin_popcount(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(m, th1), m)));
  }
  return cnt + sobel_scalar(e, p, q, r, x, n);
}

#else /* PX_SCALAR */

static void blend_row(uint8_t *d, const uint8_t *s, const uint8_t *o, size_t npx) { blend_scalar(d, s, o, npx); }
static void luma_row(uint8_t *y, const uint8_t *p, size_t npx) { luma_scalar(y, p, npx); }
static void blurv_row(uint16_t *t, const uint8_t *a, const uint8_t *b, const uint8_t *c, size_t n) {
  blurv_scalar(t, a, b, c, n);
}
static void blurh_row(uint8_t *out, const uint16_t *t, size_t n) { blurh_scalar(out, t, 1, n); }
static uint32_t sobel_row(uint8_t *e, const uint8_t *p, const uint8_t *q, const uint8_t *r, size_t n) {
  return sobel_scalar(e, p, q, r, 1, n);
}

#endif

/* ---------- the pipeline ---------- */

typedef struct {
  size_t w, h;
  uint8_t *src, *ovl, *dst; /* RGBA */
  uint8_t *y, *b, *e;       /* planes */
  uint16_t *t;              /* one row of vertical blur sums */
} frame_t;

static void frame_init(frame_t *f, size_t w, size_t h, uint64_t seed) {
  f->w = w;
  f->h = h;
  f->src = xmalloc(w * h * 4);
  f->ovl = xmalloc(w * h * 4);
  f->dst = xmalloc(w * h * 4);
  f->y = xmalloc(w * h);
  f->b = xmalloc(w * h);
  f->e = xmalloc(w * h);
  f->t = xmalloc(w * sizeof(uint16_t));
  rng_t r = {seed};
  /* source: gradients, a few filled rectangles (edges) and noise */
  uint32_t rects[24][5];
  for (int k = 0; k < 24; k++) {
    rects[k][0] = rng_u32(&r) % (uint32_t)w;
    rects[k][1] = rng_u32(&r) % (uint32_t)h;
    rects[k][2] = 8 + rng_u32(&r) % (uint32_t)(w / 3 + 1);
    rects[k][3] = 8 + rng_u32(&r) % (uint32_t)(h / 3 + 1);
    rects[k][4] = rng_u32(&r);
  }
  for (size_t yy = 0; yy < h; yy++) {
    for (size_t x = 0; x < w; x++) {
      uint64_t n = rng_next(&r);
      uint32_t c = (uint32_t)((x * 255 / w) | ((yy * 255 / h) << 8) | (((x + yy) & 255) << 16) | 0xff000000u);
      for (int k = 0; k < 24; k++)
        if (x >= rects[k][0] && x < rects[k][0] + rects[k][2] && yy >= rects[k][1] && yy < rects[k][1] + rects[k][3])
          c = rects[k][4];
      uint8_t *p = f->src + 4 * (yy * w + x);
      for (int ch = 0; ch < 4; ch++) {
        int v = (int)((c >> (8 * ch)) & 255) + (int)((n >> (8 * ch)) & 15) - 8;
        p[ch] = (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
      }
      /* overlay: noisy colours, alpha from transparent to opaque in bands */
      uint8_t *o = f->ovl + 4 * (yy * w + x);
      o[0] = (uint8_t)(n >> 32);
      o[1] = (uint8_t)(n >> 40);
      o[2] = (uint8_t)((x * 7 + yy * 3) & 255);
      uint32_t band = (uint32_t)((x / 64 + yy / 64) % 4);
      o[3] = band == 0 ? 0 : band == 1 ? 255 : (uint8_t)(n >> 48);
    }
  }
}

/* one round: overlay shifted down by `shift` rows */
static uint32_t frame_round(frame_t *f, size_t shift, int scalar) {
  size_t w = f->w, h = f->h;
  for (size_t yy = 0; yy < h; yy++) {
    uint8_t *d = f->dst + 4 * w * yy;
    const uint8_t *s = f->src + 4 * w * yy, *o = f->ovl + 4 * w * ((yy + shift) % h);
    if (scalar) {
      blend_scalar(d, s, o, w);
      luma_scalar(f->y + w * yy, d, w);
    } else {
      blend_row(d, s, o, w);
      luma_row(f->y + w * yy, d, w);
    }
  }
  memcpy(f->b, f->y, w);
  memcpy(f->b + w * (h - 1), f->y + w * (h - 1), w);
  for (size_t yy = 1; yy + 1 < h; yy++) {
    const uint8_t *a = f->y + w * (yy - 1);
    uint8_t *out = f->b + w * yy;
    if (scalar) {
      blurv_scalar(f->t, a, a + w, a + 2 * w, w);
      blurh_scalar(out, f->t, 1, w);
    } else {
      blurv_row(f->t, a, a + w, a + 2 * w, w);
      blurh_row(out, f->t, w);
    }
    out[0] = a[w];
    out[w - 1] = a[2 * w - 1];
  }
  uint32_t cnt = 0;
  memset(f->e, 0, w);
  memset(f->e + w * (h - 1), 0, w);
  for (size_t yy = 1; yy + 1 < h; yy++) {
    const uint8_t *p = f->b + w * (yy - 1);
    uint8_t *e = f->e + w * yy;
    cnt += scalar ? sobel_scalar(e, p, p + w, p + 2 * w, 1, w) : sobel_row(e, p, p + w, p + 2 * w, w);
    e[0] = e[w - 1] = 0;
  }
  return cnt;
}

static uint64_t hash_bytes(uint64_t h, const uint8_t *p, size_t n, size_t stride) {
  for (size_t i = 0; i + 8 <= n; i += stride) {
    uint64_t v;
    memcpy(&v, p + i, 8);
    h = mix64(h, v);
  }
  return h;
}

static uint64_t frame_hash(const frame_t *f, size_t stride) {
  size_t n = f->w * f->h;
  uint64_t h = hash_bytes(1, f->dst, 4 * n, stride);
  h = hash_bytes(h, f->y, n, stride);
  h = hash_bytes(h, f->b, n, stride);
  return hash_bytes(h, f->e, n, stride);
}

/* vector kernels against the scalar reference on an odd-sized frame */
static int selftest(void) {
  frame_t v, s;
  frame_init(&v, 83, 37, 7);
  frame_init(&s, 83, 37, 7);
  for (size_t k = 0; k < 5; k++) {
    uint32_t cv = frame_round(&v, k * 11, 0), cs = frame_round(&s, k * 11, 1);
    size_t n = v.w * v.h;
    if (cv != cs || memcmp(v.dst, s.dst, 4 * n) || memcmp(v.y, s.y, n) || memcmp(v.b, s.b, n) ||
        memcmp(v.e, s.e, n)) {
      printf("pixels self-test FAILED in round %lu: edges %u (vector) %u (scalar), dst %d y %d blur %d edge %d\n",
             (unsigned long)k, cv, cs, memcmp(v.dst, s.dst, 4 * n) != 0, memcmp(v.y, s.y, n) != 0,
             memcmp(v.b, s.b, n) != 0, memcmp(v.e, s.e, n) != 0);
      return 0;
    }
  }
  return 1;
}

int main(int argc, char **argv) {
  long rounds = bench_arg(argc, argv, 200);
  if (!selftest()) return 1;
  frame_t f;
  frame_init(&f, 1920, 1080, 20260101);
  uint64_t h = 0;
  uint64_t edges = 0;
  for (long k = 0; k < rounds; k++) {
    uint32_t c = frame_round(&f, (size_t)k * 7, 0);
    edges += c;
    h = mix64(h, c);
    h = mix64(h, frame_hash(&f, 4099 * 8));
  }
  printf("pixels %lux%lu rounds=%ld edges=%llu sampled=%016llx final=%016llx self-test ok\n", (unsigned long)f.w,
         (unsigned long)f.h, rounds, (unsigned long long)edges, (unsigned long long)h,
         (unsigned long long)frame_hash(&f, 8));
  return 0;
}
