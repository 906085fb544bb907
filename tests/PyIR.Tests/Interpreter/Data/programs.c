/* Test programs for the PyIR interpreter: each returns a checksum from run_*(void). */
#include <string.h>
#include <math.h>

typedef struct { int x; double y; char tag[6]; } Item;

static int cmp_items(const Item *a, const Item *b) { return a->x - b->x; }

static void sort_items(Item *items, int n, int (*cmp)(const Item *, const Item *)) {
  for (int i = 1; i < n; i++) {
    Item key = items[i];
    int j = i - 1;
    while (j >= 0 && cmp(&items[j], &key) > 0) { items[j + 1] = items[j]; j--; }
    items[j + 1] = key;
  }
}

static Item make(int x) { Item it; it.x = x; it.y = x * 0.5; memcpy(it.tag, "item", 5); it.tag[4] = 'a' + (x & 7); it.tag[5] = 0; return it; }

long long run_sort(void) {
  Item items[40];
  unsigned seed = 12345;
  for (int i = 0; i < 40; i++) { seed = seed * 1103515245u + 12345u; items[i] = make((int)(seed >> 16) % 1000 - 500); }
  sort_items(items, 40, cmp_items);
  long long h = 0;
  for (int i = 0; i < 40; i++) h = h * 31 + items[i].x + (long long)(items[i].y * 4) + items[i].tag[4];
  return h;
}

static int queens(int n, int row, unsigned cols, unsigned d1, unsigned d2) {
  if (row == n) return 1;
  int count = 0;
  for (int c = 0; c < n; c++) {
    if ((cols >> c) & 1 || (d1 >> (row + c)) & 1 || (d2 >> (row - c + n)) & 1) continue;
    count += queens(n, row + 1, cols | 1u << c, d1 | 1u << (row + c), d2 | 1u << (row - c + n));
  }
  return count;
}

long long run_queens(void) { return queens(7, 0, 0, 0, 0) * 1000 + queens(6, 0, 0, 0, 0); }

long long run_math(void) {
  double acc = 0;
  for (int i = 1; i <= 200; i++) {
    double x = i * 0.01;
    acc += sqrt(x) * 3 + fabs(x - 1.0) + floor(x * 7.3) - (double)(int)(x * 13.7) / 3.0;
    acc += (float)x * 0.1f;
  }
  return (long long)(acc * 1000000.0);
}

static const char *names[] = {"alpha", "beta", "gamma", "delta", "epsilon"};

static int classify(int c) {
  switch (c) {
  case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
  case 'y': return 2;
  case ' ': return 3;
  default: return c >= 'a' && c <= 'z' ? 4 : 0;
  }
}

long long run_strings(void) {
  long long h = 0;
  for (int k = 0; k < 5; k++) {
    const char *s = names[k];
    unsigned len = 0; while (s[len]) len++;
    for (unsigned i = 0; i < len; i++) h = h * 7 + classify(s[i]) + (unsigned char)s[i];
  }
  char buf[32];
  memset(buf, 'x', sizeof buf);
  memcpy(buf + 3, names[4], 8);
  for (int i = 0; i < 32; i++) h = h * 3 + buf[i];
  return h;
}

long long run_vector(void) {
  int a[256]; float f[256];
  for (int i = 0; i < 256; i++) { a[i] = i * 37 % 101 - 50; f[i] = (float)i / 7.0f; }
  long long s = 0; int mx = -1000; unsigned char bytes[256];
  for (int i = 0; i < 256; i++) { s += a[i] * a[i]; if (a[i] > mx) mx = a[i]; bytes[i] = (unsigned char)(a[i] * 3); }
  float fs = 0;
  for (int i = 0; i < 256; i++) fs += f[i] * 2.0f;
  unsigned bs = 0;
  for (int i = 0; i < 256; i++) bs += bytes[i];
  return s * 1000 + mx * 7 + (long long)fs + bs;
}

static long long div_mix(long long a, int b, unsigned c) {
  return a / b + a % b + (c >> 3) + (long long)((short)a) + (unsigned char)(a >> 5) + (a << 3) / 3;
}

long long run_ints(void) {
  long long h = 0;
  for (int i = 1; i < 300; i++) h ^= div_mix(i * 1000003LL - 7777777, (i % 17) - 8 == 0 ? 3 : (i % 17) - 8, i * 2654435761u);
  return h;
}
