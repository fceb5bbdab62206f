/*
 * vdispatch.c - indirect-call-heavy code: C++-style virtual dispatch.
 * Objects of 8 "classes" carry a pointer to a vtable of function
 * pointers; a scene of them is updated and queried through the vtables
 * many times, and a table of small operator functions is applied in a
 * data-dependent chain.
 * Exercises: call_indirect (table lookup + signature check in Wasm),
 * unpredictable indirect branches, small non-inlinable functions.
 * Default: 200,000 objects x 330 passes, plus 231M operator calls.
 */
#include "common.h"

typedef struct obj obj_t;
typedef struct {
  int64_t (*area)(const obj_t *);
  void (*step)(obj_t *, int64_t);
  uint32_t (*tag)(const obj_t *);
} vtable_t;

struct obj {
  const vtable_t *vt;
  int64_t a, b;
};

#define DEF(NAME, AREA, STEP, TAG)                                          \
  static int64_t NAME##_area(const obj_t *o) { (void)o; return AREA; }    \
  static void NAME##_step(obj_t *o, int64_t t) { (void)t; STEP; }          \
  static uint32_t NAME##_tag(const obj_t *o) { (void)o; return TAG; }      \
  static const vtable_t NAME##_vt = {NAME##_area, NAME##_step, NAME##_tag};

DEF(square, o->a * o->a, o->a = (o->a + t) & 1023, 1u + (uint32_t)(o->a & 1))
DEF(rect, o->a * o->b, (o->a = (o->a + 1) & 1023, o->b = (o->b + t) & 511), 2u)
DEF(tri, o->a * o->b / 2, o->b = (o->b * 3 + t) & 2047, 3u + (uint32_t)(o->b & 3))
DEF(circle, 3 * o->a * o->a + o->a / 7, o->a = (o->a ^ t) & 4095, 4u)
DEF(ring, 3 * (o->a * o->a - o->b * o->b / 4), (o->a = (o->a + 3) & 255, o->b = o->a / 2), 5u)
DEF(line, o->a + o->b, o->b = (o->b + o->a + t) & 8191, 6u)
DEF(point, 1, o->a = t & 15, 7u + (uint32_t)(o->a & 1))
DEF(poly, o->a * 5 + o->b * 3, (o->a = (o->a * 7 + 1) & 1023, o->b = (o->b + 11) & 1023), 8u)

static const vtable_t *const VT[8] = {&square_vt, &rect_vt, &tri_vt, &circle_vt,
                                      &ring_vt, &line_vt, &point_vt, &poly_vt};

static uint32_t op_add(uint32_t x, uint32_t y) { return x + y; }
static uint32_t op_sub(uint32_t x, uint32_t y) { return x - y; }
static uint32_t op_mul(uint32_t x, uint32_t y) { return x * (y | 1); }
static uint32_t op_xor(uint32_t x, uint32_t y) { return x ^ y; }
static uint32_t op_rot(uint32_t x, uint32_t y) { return (x << (y & 31)) | (x >> ((32 - (y & 31)) & 31)); }
static uint32_t op_mix(uint32_t x, uint32_t y) { return (x ^ (x >> 15)) * 0x2c1b3c6du + y; }
static uint32_t op_min(uint32_t x, uint32_t y) { return (x < y ? x : y) + 0x9e3779b9u; }
static uint32_t op_or(uint32_t x, uint32_t y) { return (x | y) - (y >> 3); }

typedef uint32_t (*op_fn)(uint32_t, uint32_t);
static op_fn OPS[8] = {op_add, op_sub, op_mul, op_xor, op_rot, op_mix, op_min, op_or};

int main(int argc, char **argv) {
  long passes = bench_arg(argc, argv, 330);
  const long n = 200000;
  obj_t *objs = xmalloc(sizeof(obj_t) * n);
  rng_t r = {808};
  for (long i = 0; i < n; i++) {
    uint64_t x = rng_next(&r);
    objs[i].vt = VT[x & 7];
    objs[i].a = (int64_t)((x >> 8) & 1023);
    objs[i].b = (int64_t)((x >> 20) & 1023);
  }
  int64_t total = 0;
  uint64_t tags = 0;
  for (long p = 0; p < passes; p++) {
    for (long i = 0; i < n; i++) {
      obj_t *o = &objs[i];
      o->vt->step(o, p + i);
      total += o->vt->area(o);
      tags = tags * 31 + o->vt->tag(o);
    }
  }
  uint32_t x = 12345;
  for (long i = 0; i < passes * 700000; i++) x = OPS[(x >> 7) & 7](x, (uint32_t)i);
  printf("vdispatch passes=%ld total=%lld tags=%016llx ops=%08x\n", passes, (long long)total,
         (unsigned long long)tags, x);
  free(objs);
  return 0;
}
