/*
 * matmul.c - double-precision dense matrix multiply (C = A * B).
 * Exercises: f64 multiply/add in tight loops, 2-D array indexing,
 * cache-friendly i-k-j loop order, loads/stores through linear memory.
 * Default size: N x N with N = 1800 (one product).
 */
#include "common.h"

int main(int argc, char **argv) {
  long n = bench_arg(argc, argv, 1800);
  double *a = xmalloc(sizeof(double) * n * n);
  double *b = xmalloc(sizeof(double) * n * n);
  double *c = xmalloc(sizeof(double) * n * n);
  rng_t r = {42};
  for (long i = 0; i < n * n; i++) {
    a[i] = rng_double(&r) - 0.5;
    b[i] = rng_double(&r) - 0.5;
    c[i] = 0.0;
  }
  for (long i = 0; i < n; i++) {
    double *ci = c + i * n;
    for (long k = 0; k < n; k++) {
      double aik = a[i * n + k];
      const double *bk = b + k * n;
      for (long j = 0; j < n; j++) ci[j] += aik * bk[j];
    }
  }
  double trace = 0.0, sum = 0.0;
  uint64_t h = 0;
  for (long i = 0; i < n; i++) trace += c[i * n + i];
  for (long i = 0; i < n * n; i++) {
    uint64_t bits;
    sum += c[i];
    memcpy(&bits, &c[i], 8);
    h = mix64(h, bits);
  }
  printf("matmul n=%ld trace=%.9f sum=%.9f bits=%016llx\n", n, trace, sum,
         (unsigned long long)h);
  free(a);
  free(b);
  free(c);
  return 0;
}
