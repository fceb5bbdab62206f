/*
 * common.h - tiny helpers shared by Kiln's benchmark programs.
 *
 * Everything here is deterministic and portable: a fixed-width PRNG
 * (splitmix64), a 64-bit mixing checksum, and the scale argument parser.
 * Every program accepts an optional first argument, a positive integer
 * that overrides its default problem size (used by quick smoke tests);
 * with no argument each program runs its default size (~1 s natively).
 */
#ifndef KILN_BENCH_COMMON_H
#define KILN_BENCH_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { uint64_t s; } rng_t;

static inline uint64_t rng_next(rng_t *r) {
  uint64_t z = (r->s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static inline uint32_t rng_u32(rng_t *r) { return (uint32_t)(rng_next(r) >> 32); }

/* uniform double in [0,1) built from 53 random bits: exact, no libm */
static inline double rng_double(rng_t *r) {
  return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

static inline uint64_t mix64(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdULL;
}

/* size from argv[1] if given, else def */
static inline long bench_arg(int argc, char **argv, long def) {
  if (argc > 1) {
    long v = strtol(argv[1], NULL, 10);
    if (v > 0) return v;
  }
  return def;
}

static inline void *xmalloc(size_t n) {
  void *p = malloc(n);
  if (!p) {
    fprintf(stderr, "out of memory (%lu bytes)\n", (unsigned long)n);
    exit(2);
  }
  return p;
}

#endif
