/*
 * sort.c - sort 10 million 32-bit integers with a hand-written
 * introspective quicksort (median-of-three, insertion sort for small
 * ranges, heapsort fallback).
 * Exercises: unpredictable compare branches, swaps through memory,
 * recursion, sequential and random access over a 40 MB array.
 * Default: 10,000,000 integers.
 */
#include "common.h"

static void insertion(int32_t *a, long n) {
  for (long i = 1; i < n; i++) {
    int32_t v = a[i];
    long j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

static void sift(int32_t *a, long root, long n) {
  for (;;) {
    long c = 2 * root + 1;
    if (c >= n) return;
    if (c + 1 < n && a[c + 1] > a[c]) c++;
    if (a[root] >= a[c]) return;
    int32_t t = a[root];
    a[root] = a[c];
    a[c] = t;
    root = c;
  }
}

static void heapsort_i32(int32_t *a, long n) {
  for (long i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
  for (long i = n - 1; i > 0; i--) {
    int32_t t = a[0];
    a[0] = a[i];
    a[i] = t;
    sift(a, 0, i);
  }
}

static void introsort(int32_t *a, long n, int depth) {
  while (n > 24) {
    if (depth-- == 0) {
      heapsort_i32(a, n);
      return;
    }
    long m = n / 2;
    if (a[m] < a[0]) { int32_t t = a[m]; a[m] = a[0]; a[0] = t; }
    if (a[n - 1] < a[0]) { int32_t t = a[n - 1]; a[n - 1] = a[0]; a[0] = t; }
    if (a[n - 1] < a[m]) { int32_t t = a[n - 1]; a[n - 1] = a[m]; a[m] = t; }
    int32_t p = a[m];
    long i = 0, j = n - 1;
    for (;;) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i >= j) break;
      int32_t t = a[i];
      a[i] = a[j];
      a[j] = t;
      i++;
      j--;
    }
    /* recurse into the smaller half, loop on the larger */
    if (j + 1 < n - j - 1) {
      introsort(a, j + 1, depth);
      a += j + 1;
      n -= j + 1;
    } else {
      introsort(a + j + 1, n - j - 1, depth);
      n = j + 1;
    }
  }
  insertion(a, n);
}

int main(int argc, char **argv) {
  long n = bench_arg(argc, argv, 10000000);
  int32_t *a = xmalloc(sizeof(int32_t) * n);
  rng_t r = {2024};
  for (long i = 0; i < n; i++) a[i] = (int32_t)rng_u32(&r);
  int depth = 0;
  for (long m = n; m > 1; m >>= 1) depth += 2;
  introsort(a, n, depth);
  uint64_t h = 0;
  for (long i = 0; i < n; i++) {
    if (i > 0 && a[i - 1] > a[i]) {
      printf("sort FAILED at %ld\n", i);
      return 1;
    }
    if ((i & 1023) == 0) h = mix64(h, (uint32_t)a[i]);
  }
  printf("sort n=%ld min=%d max=%d median=%d hash=%016llx\n", n, a[0], a[n - 1],
         a[n / 2], (unsigned long long)h);
  free(a);
  return 0;
}
