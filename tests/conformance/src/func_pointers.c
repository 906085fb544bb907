/* Function pointers: a dispatch table of operations, callbacks passed to a generic fold and a
   comparator-driven sort, and a function pointer stored in a struct (a tiny vtable). */
#include <stdint.h>

typedef int64_t (*binop)(int64_t, int64_t);

static int64_t op_add(int64_t a, int64_t b) { return a + b; }
static int64_t op_sub(int64_t a, int64_t b) { return a - b; }
static int64_t op_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b % 1000000007u); }
static int64_t op_xor(int64_t a, int64_t b) { return a ^ b; }
static int64_t op_max(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t op_min(int64_t a, int64_t b) { return a < b ? a : b; }

static binop table[] = {op_add, op_sub, op_mul, op_xor, op_max, op_min};

int32_t g_seed = 31337;

static int64_t fold(const int32_t *xs, int n, int64_t init, binop f) {
    for (int i = 0; i < n; i++) init = f(init, xs[i]);
    return init;
}

typedef int (*cmp_fn)(const void *, const void *);
static int cmp_asc(const void *a, const void *b) { int32_t x = *(const int32_t *)a, y = *(const int32_t *)b; return (x > y) - (x < y); }
static int cmp_desc(const void *a, const void *b) { return cmp_asc(b, a); }
static int cmp_abs(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    x = x < 0 ? -x : x; y = y < 0 ? -y : y;
    return (x > y) - (x < y);
}

static void sort_with(int32_t *xs, int n, cmp_fn cmp) {
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && cmp(&xs[j - 1], &xs[j]) > 0; j--) { int32_t t = xs[j]; xs[j] = xs[j - 1]; xs[j - 1] = t; }
}

typedef struct Shape { const struct ShapeVtbl *vt; int32_t w, h; } Shape;
typedef struct ShapeVtbl { int64_t (*area)(const Shape *); int64_t (*perimeter)(const Shape *); } ShapeVtbl;
static int64_t rect_area(const Shape *s) { return (int64_t)s->w * s->h; }
static int64_t rect_perim(const Shape *s) { return 2 * ((int64_t)s->w + s->h); }
static int64_t tri_area(const Shape *s) { return (int64_t)s->w * s->h / 2; }
static int64_t tri_perim(const Shape *s) { return (int64_t)s->w + s->h + (s->w > s->h ? s->w : s->h); }
static const ShapeVtbl rect_vt = {rect_area, rect_perim}, tri_vt = {tri_area, tri_perim};

long long checksum(void) {
    int32_t xs[200];
    uint32_t s = (uint32_t)g_seed;
    for (int i = 0; i < 200; i++) { s = s * 1103515245u + 12345u; xs[i] = (int32_t)(s >> 12) - (1 << 19); }
    uint64_t h = 0;
    for (int k = 0; k < 6; k++) h = h * 1000003 + (uint64_t)fold(xs, 200, k, table[k]);
    for (int r = 0; r < 600; r++) {
        binop f = table[(uint32_t)(xs[r % 200] + r) % 6u];
        h = h * 7 + (uint64_t)f((int64_t)h % 100000, xs[(r * 13) % 200]);
    }
    static const cmp_fn cmps[] = {cmp_asc, cmp_desc, cmp_abs};
    for (int c = 0; c < 3; c++) {
        sort_with(xs, 200, cmps[c]);
        for (int i = 0; i < 200; i += 7) h = h * 31 + (uint32_t)xs[i];
    }
    Shape shapes[10];
    for (int i = 0; i < 10; i++) { shapes[i].vt = i % 3 ? &rect_vt : &tri_vt; shapes[i].w = i + 3; shapes[i].h = 2 * i + 1; }
    for (int i = 0; i < 10; i++) h = h * 13 + (uint64_t)(shapes[i].vt->area(&shapes[i]) * 100 + shapes[i].vt->perimeter(&shapes[i]));
    return (long long)h;
}
