/*
 * wordcount.c - string processing: generate text, tokenize it, count
 * word frequencies in a string-keyed open-addressing hash table, and
 * report the most frequent words.
 * Exercises: byte scanning with character-class branches, case folding,
 * string hashing and comparison (memcmp), strlen/strcpy-style copies.
 * Default: 80 MiB of generated text.
 */
#include "common.h"

static const char *SYL[] = {"ka", "lo", "ven", "tri", "as", "mor", "qu", "e",
                            "zan", "pi", "ste", "ro", "li", "nor", "th", "u"};
static const char PUNCT[] = " ,.;:!?\n\t-";

typedef struct {
  char *word;
  uint32_t len;
  uint32_t hash;
  uint64_t count;
} entry_t;

static entry_t *tab;
static uint32_t cap, used;

static uint32_t fnv1a(const char *s, uint32_t n) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h;
}

static void insert(const char *w, uint32_t n, uint32_t h, uint64_t add);

static void rehash(void) {
  entry_t *old = tab;
  uint32_t oc = cap;
  cap *= 2;
  tab = xmalloc(sizeof(entry_t) * cap);
  memset(tab, 0, sizeof(entry_t) * cap);
  used = 0;
  for (uint32_t i = 0; i < oc; i++)
    if (old[i].word) {
      uint32_t j = old[i].hash & (cap - 1);
      while (tab[j].word) j = (j + 1) & (cap - 1);
      tab[j] = old[i];
      used++;
    }
  free(old);
}

static void insert(const char *w, uint32_t n, uint32_t h, uint64_t add) {
  uint32_t j = h & (cap - 1);
  while (tab[j].word) {
    if (tab[j].hash == h && tab[j].len == n && memcmp(tab[j].word, w, n) == 0) {
      tab[j].count += add;
      return;
    }
    j = (j + 1) & (cap - 1);
  }
  tab[j].word = xmalloc(n + 1);
  memcpy(tab[j].word, w, n);
  tab[j].word[n] = 0;
  tab[j].len = n;
  tab[j].hash = h;
  tab[j].count = add;
  if (++used * 4 > cap * 3) rehash();
}

int main(int argc, char **argv) {
  long mb = bench_arg(argc, argv, 80);
  size_t len = (size_t)mb << 20;
  char *text = xmalloc(len + 1);
  rng_t r = {1234};
  size_t p = 0;
  while (p < len) {
    uint64_t x = rng_next(&r);
    int nsyl = 1 + (int)(x & 3) + (int)((x >> 2) & 1);
    for (int s = 0; s < nsyl && p < len; s++) {
      /* skewed syllable choice so some words are frequent */
      uint32_t k = (uint32_t)((x >> (8 + 4 * s)) & 15);
      if ((x >> (40 + s)) & 1) k &= 7;
      const char *sy = SYL[k];
      size_t sl = strlen(sy);
      for (size_t i = 0; i < sl && p < len; i++)
        text[p++] = (s == 0 && ((x >> 60) & 3) == 0) ? (char)(sy[i] - 32 * (i == 0)) : sy[i];
    }
    if (p < len) text[p++] = PUNCT[(x >> 48) % (sizeof PUNCT - 1)];
  }
  text[len] = 0;

  cap = 1024;
  used = 0;
  tab = xmalloc(sizeof(entry_t) * cap);
  memset(tab, 0, sizeof(entry_t) * cap);
  char word[256];
  uint64_t words = 0, chars = 0;
  const char *s = text;
  for (;;) {
    while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))) s++;
    if (!*s) break;
    uint32_t n = 0;
    while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')) {
      char c = *s++;
      if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
      if (n < sizeof word - 1) word[n++] = c;
    }
    word[n] = 0;
    words++;
    chars += n;
    insert(word, n, fnv1a(word, n), 1);
  }
  /* top 5 by count, ties broken by word (strcmp) */
  entry_t top[5];
  memset(top, 0, sizeof top);
  for (uint32_t i = 0; i < cap; i++) {
    if (!tab[i].word) continue;
    for (int t = 0; t < 5; t++) {
      if (!top[t].word || tab[i].count > top[t].count ||
          (tab[i].count == top[t].count && strcmp(tab[i].word, top[t].word) < 0)) {
        memmove(&top[t + 1], &top[t], sizeof(entry_t) * (4 - t));
        top[t] = tab[i];
        break;
      }
    }
  }
  printf("wordcount bytes=%lu words=%llu chars=%llu distinct=%u top:", (unsigned long)len,
         (unsigned long long)words, (unsigned long long)chars, used);
  for (int t = 0; t < 5; t++) printf(" %s=%llu", top[t].word, (unsigned long long)top[t].count);
  printf("\n");
  return 0;
}
