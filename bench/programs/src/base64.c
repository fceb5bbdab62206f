/*
 * base64.c - RFC 4648 base64 encode and decode of a large buffer.
 * Exercises: 3-to-4 byte bit packing, table lookups, byte stores,
 * a decode table with validation branches, round-trip comparison.
 * Default: a 24 MiB buffer, 40 encode+decode rounds.
 */
#include "common.h"

static const char ENC[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static int8_t DEC[256];

static size_t encode(const uint8_t *in, size_t n, char *out) {
  size_t o = 0, i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8 | in[i + 2];
    out[o++] = ENC[v >> 18];
    out[o++] = ENC[(v >> 12) & 63];
    out[o++] = ENC[(v >> 6) & 63];
    out[o++] = ENC[v & 63];
  }
  if (n - i == 1) {
    uint32_t v = (uint32_t)in[i] << 16;
    out[o++] = ENC[v >> 18];
    out[o++] = ENC[(v >> 12) & 63];
    out[o++] = '=';
    out[o++] = '=';
  } else if (n - i == 2) {
    uint32_t v = (uint32_t)in[i] << 16 | (uint32_t)in[i + 1] << 8;
    out[o++] = ENC[v >> 18];
    out[o++] = ENC[(v >> 12) & 63];
    out[o++] = ENC[(v >> 6) & 63];
    out[o++] = '=';
  }
  return o;
}

/* returns decoded length, or (size_t)-1 on invalid input */
static size_t decode(const char *in, size_t n, uint8_t *out) {
  if (n % 4) return (size_t)-1;
  size_t o = 0;
  for (size_t i = 0; i < n; i += 4) {
    int pad = 0;
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
      unsigned char c = (unsigned char)in[i + k];
      int d;
      if (c == '=' && i + 4 == n && k >= 2) {
        pad++;
        d = 0;
      } else {
        d = DEC[c];
        if (d < 0 || pad) return (size_t)-1;
      }
      v = v << 6 | (uint32_t)d;
    }
    out[o++] = (uint8_t)(v >> 16);
    if (pad < 2) out[o++] = (uint8_t)(v >> 8);
    if (pad < 1) out[o++] = (uint8_t)v;
  }
  return o;
}

/* own comparison loop, so the benchmark measures generated code rather
   than the C library's (differently optimized) memcmp */
static int same(const uint8_t *a, const uint8_t *b, size_t n) {
  uint64_t diff = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x, y;
    memcpy(&x, a + i, 8);
    memcpy(&y, b + i, 8);
    diff |= x ^ y;
  }
  for (; i < n; i++) diff |= (uint64_t)(a[i] ^ b[i]);
  return diff == 0;
}

int main(int argc, char **argv) {
  long rounds = bench_arg(argc, argv, 40);
  memset(DEC, -1, sizeof DEC);
  for (int i = 0; i < 64; i++) DEC[(unsigned char)ENC[i]] = (int8_t)i;
  size_t len = (24u << 20) + 1; /* odd length: exercises padding */
  uint8_t *buf = xmalloc(len);
  char *enc = xmalloc(len / 3 * 4 + 8);
  uint8_t *dec = xmalloc(len + 4);
  rng_t r = {64};
  for (size_t i = 0; i < len; i++) buf[i] = (uint8_t)(rng_next(&r) >> 56);
  uint64_t h = 0;
  size_t el = 0, dl = 0;
  for (long k = 0; k < rounds; k++) {
    buf[k] ^= 0x5a; /* change input each round */
    el = encode(buf, len, enc);
    dl = decode(enc, el, dec);
    if (dl != len || !same(dec, buf, len)) {
      printf("base64 round-trip FAILED in round %ld\n", k);
      return 1;
    }
    for (size_t i = 0; i < el; i += 4093) h = mix64(h, (uint8_t)enc[i]);
    h = mix64(h, (uint8_t)enc[el - 1]);
  }
  printf("base64 rounds=%ld enclen=%lu declen=%lu tail=%.8s hash=%016llx\n", rounds,
         (unsigned long)el, (unsigned long)dl, enc + el - 8, (unsigned long long)h);
  free(buf);
  free(enc);
  free(dec);
  return 0;
}
