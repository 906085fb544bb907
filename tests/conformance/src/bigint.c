/* Multi-precision arithmetic on 32-bit limbs with 64-bit intermediates: addition with carry,
   schoolbook multiplication, division by a small number, computing 100! and Fibonacci(500). */
#include <stdint.h>
#include <string.h>

uint32_t g_n = 100;

#define LIMBS 40
typedef struct { uint32_t d[LIMBS]; } Big;

static void big_set(Big *a, uint32_t v) { memset(a, 0, sizeof *a); a->d[0] = v; }

static void big_add(Big *r, const Big *a, const Big *b) {
    uint64_t carry = 0;
    for (int i = 0; i < LIMBS; i++) {
        uint64_t s = (uint64_t)a->d[i] + b->d[i] + carry;
        r->d[i] = (uint32_t)s;
        carry = s >> 32;
    }
}

static void big_mul_small(Big *a, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < LIMBS; i++) {
        uint64_t p = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)p;
        carry = p >> 32;
    }
}

static void big_mul(Big *r, const Big *a, const Big *b) {
    uint32_t out[LIMBS];
    memset(out, 0, sizeof out);
    for (int i = 0; i < LIMBS; i++) {
        uint64_t carry = 0;
        if (a->d[i] == 0) continue;
        for (int j = 0; i + j < LIMBS; j++) {
            uint64_t t = (uint64_t)a->d[i] * b->d[j] + out[i + j] + carry;
            out[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
    }
    memcpy(r->d, out, sizeof out);
}

static uint32_t big_div_small(Big *a, uint32_t d) {
    uint64_t rem = 0;
    for (int i = LIMBS - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a->d[i];
        a->d[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

static int big_is_zero(const Big *a) { for (int i = 0; i < LIMBS; i++) if (a->d[i]) return 0; return 1; }

static uint64_t digit_hash(Big a) {
    uint64_t h = 0;
    int digits = 0;
    while (!big_is_zero(&a)) { h = h * 10 + big_div_small(&a, 10); digits++; h ^= h >> 31; }
    return h * 1000 + (uint64_t)digits;
}

long long checksum(void) {
    Big f, a, b, t;
    big_set(&f, 1);
    for (uint32_t i = 2; i <= g_n; i++) big_mul_small(&f, i);
    uint64_t h = digit_hash(f);
    big_set(&a, 0); big_set(&b, 1);
    for (int i = 0; i < 500; i++) { big_add(&t, &a, &b); a = b; b = t; }
    h = h * 31 + digit_hash(a);
    Big sq;
    big_mul(&sq, &a, &a);
    for (int i = 0; i < LIMBS; i++) h = h * 1000003 + sq.d[i];
    return (long long)h;
}
