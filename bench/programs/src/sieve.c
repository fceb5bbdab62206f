/*
 * sieve.c - sieve of Eratosthenes over a byte array, repeated.
 * Exercises: strided byte stores across a large buffer (cache misses),
 * memset, tight counting loops.
 * Default: primes below 40,000,000, 10 rounds.
 */
#include "common.h"

int main(int argc, char **argv) {
  long limit = bench_arg(argc, argv, 40000000);
  uint8_t *s = xmalloc((size_t)limit + 1);
  uint64_t h = 0;
  long count = 0;
  for (int round = 0; round < 10; round++) {
    memset(s, 1, (size_t)limit + 1);
    s[0] = s[1] = 0;
    for (long i = 2; i * i <= limit; i++)
      if (s[i])
        for (long j = i * i; j <= limit; j += i) s[j] = 0;
    count = 0;
    long last = 0;
    for (long i = 0; i <= limit; i++)
      if (s[i]) {
        count++;
        last = i;
      }
    h = mix64(h, (uint64_t)count);
    h = mix64(h, (uint64_t)last);
  }
  printf("sieve limit=%ld primes=%ld hash=%016llx\n", limit, count,
         (unsigned long long)h);
  free(s);
  return 0;
}
