/* Bit manipulation: popcount, count leading/trailing zeros, byte swaps, rotates, bit reversal,
   next power of two, Gray codes and isolating the lowest set bit; builtins and hand-written forms. */
#include <stdint.h>

uint64_t g_seed = 0x0123456789ABCDEFull;

static int popcount_manual(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (int)((x * 0x0101010101010101ull) >> 56);
}

static uint32_t bswap32_manual(uint32_t x) {
    return (x >> 24) | ((x >> 8) & 0xFF00u) | ((x << 8) & 0xFF0000u) | (x << 24);
}

static uint64_t rotl64(uint64_t x, unsigned r) { r &= 63; return r ? (x << r) | (x >> (64 - r)) : x; }
static uint32_t rotr32(uint32_t x, unsigned r) { r &= 31; return (x >> r) | (x << ((32 - r) & 31)); }
static uint8_t rotl8(uint8_t x, unsigned r) { r &= 7; return (uint8_t)((x << r) | (x >> ((8 - r) & 7))); }

static uint32_t reverse_bits32(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    return bswap32_manual(x);
}

static uint32_t next_pow2(uint32_t v) {
    v--; v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16; return v + 1;
}

static int clz_manual(uint64_t x) {
    int n = 0;
    if (x == 0) return 64;
    while (!(x & 0x8000000000000000ull)) { x <<= 1; n++; }
    return n;
}

long long checksum(void) {
    uint64_t x = g_seed, h = 0;
    for (int i = 0; i < 4000; i++) {
        x ^= x >> 12; x ^= x << 25; x ^= x >> 27;
        uint64_t v = x * 0x2545F4914F6CDD1Dull;
        uint32_t lo = (uint32_t)v, hi = (uint32_t)(v >> 32);
        h += (uint64_t)__builtin_popcountll(v) + (uint64_t)__builtin_popcount(lo);
        if (popcount_manual(v) != __builtin_popcountll(v)) h += 1000;
        h = h * 7 + (uint64_t)(v ? __builtin_clzll(v) : 64);
        if (v && clz_manual(v) != __builtin_clzll(v)) h += 2000;
        h = h * 5 + (uint64_t)(lo ? __builtin_ctz(lo) : 32) + (uint64_t)(hi ? __builtin_ctzll(hi) : 32);
        h ^= __builtin_bswap64(v) + __builtin_bswap32(lo) + bswap32_manual(hi);
        h += (uint64_t)__builtin_bswap16((uint16_t)lo);
        h = rotl64(h, (unsigned)i) ^ rotr32(lo, (unsigned)(hi & 31));
        h += rotl8((uint8_t)hi, (unsigned)i) + reverse_bits32(lo);
        h += next_pow2((lo >> 1) | 1u);
        h ^= (uint64_t)(lo ^ (lo >> 1));            /* Gray code */
        h += v & (0 - v);                            /* lowest set bit */
        h += (uint64_t)__builtin_parityll(v);
        h += (uint64_t)((int64_t)v >> (i & 63));     /* arithmetic shift of a negative value */
    }
    return (long long)h;
}
