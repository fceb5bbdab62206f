/*
 * fannkuch.c - fannkuch-redux: count pancake flips over all permutations.
 * Exercises: small-integer array shuffling, data-dependent branches,
 * byte loads/stores, permutation generation (counting order).
 * Default: n = 10, computed 6 times.
 */
#include "common.h"

static volatile int reps = 6; /* volatile: each repetition is really run */

static void fannkuch(int n, int *checksum_out, int *maxflips_out, int *perms_out) {
  int perm[16], perm1[16], count[16];
  int maxflips = 0, checksum = 0, permcount = 0;
  for (int i = 0; i < n; i++) perm1[i] = i;
  int r = n;
  for (;;) {
    while (r != 1) {
      count[r - 1] = r;
      r--;
    }
    for (int i = 0; i < n; i++) perm[i] = perm1[i];
    int flips = 0, k;
    while ((k = perm[0]) != 0) {
      for (int i = 0, j = k; i < j; i++, j--) {
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips++;
    }
    if (flips > maxflips) maxflips = flips;
    checksum += (permcount & 1) ? -flips : flips;
    permcount++;
    for (;;) {
      if (r == n) {
        *checksum_out = checksum;
        *maxflips_out = maxflips;
        *perms_out = permcount;
        return;
      }
      int p0 = perm1[0];
      for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = p0;
      if (--count[r] > 0) break;
      r++;
    }
  }
}

int main(int argc, char **argv) {
  int n = (int)bench_arg(argc, argv, 10);
  if (n > 16) n = 16;
  int checksum = 0, maxflips = 0, perms = 0, total = 0;
  for (int k = 0; k < reps; k++) {
    volatile int vn = n;
    fannkuch(vn, &checksum, &maxflips, &perms);
    total += checksum;
  }
  printf("fannkuch n=%d checksum=%d maxflips=%d perms=%d total=%d\n", n, checksum,
         maxflips, perms, total);
  return 0;
}
