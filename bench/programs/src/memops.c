/*
 * memops.c - large memcpy / memmove / memset traffic.
 * Exercises: the bulk memory routines (libc's memcpy/memset in Wasm,
 * or bulk-memory instructions when enabled), memory bandwidth, and
 * many medium-sized copies at varying alignments.
 * Default: 64 MiB buffers, 64 rounds.
 */
#include "common.h"

int main(int argc, char **argv) {
  long rounds = bench_arg(argc, argv, 64);
  size_t len = 64u << 20;
  uint8_t *a = xmalloc(len);
  uint8_t *b = xmalloc(len);
  rng_t r = {4242};
  memset(a, 0, len);
  memset(b, 0, len);
  uint64_t h = 0;
  for (long k = 0; k < rounds; k++) {
    memset(a, (int)(k * 37 + 1), len);                 /* big memset */
    for (size_t i = 0; i < len; i += 4096) a[i] = (uint8_t)(i >> 12);
    memcpy(b, a, len);                                  /* big memcpy */
    memmove(b + 1, b, len - 1);                         /* overlapping move */
    for (int j = 0; j < 20000; j++) {                   /* medium copies */
      size_t n = 64 + (rng_u32(&r) & 4095);
      size_t s = rng_u32(&r) % (len - n), d = rng_u32(&r) % (len - n);
      memcpy(a + d, b + s, n);
      memset(b + s, (int)(j & 0xff), n / 4);
    }
    for (size_t i = 0; i < len; i += 1021) h = mix64(h, (uint64_t)a[i] << 8 | b[i]);
  }
  printf("memops rounds=%ld len=%lu hash=%016llx\n", rounds, (unsigned long)len,
         (unsigned long long)h);
  free(a);
  free(b);
  return 0;
}
