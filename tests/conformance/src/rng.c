/* Small random number generators: LCG, xorshift32/64, xorshift128+, splitmix64 and PCG32, with
   uniform integers in a range (rejection sampling) and a histogram chi-square-like statistic. */
#include <stdint.h>

uint64_t g_seed = 0xDEADBEEFCAFEBABEull;

static uint32_t lcg_state;
static uint32_t lcg(void) { lcg_state = lcg_state * 1664525u + 1013904223u; return lcg_state; }

static uint32_t xs32_state;
static uint32_t xorshift32(void) { uint32_t x = xs32_state; x ^= x << 13; x ^= x >> 17; x ^= x << 5; return xs32_state = x; }

static uint64_t s128[2];
static uint64_t xorshift128plus(void) {
    uint64_t x = s128[0];
    uint64_t const y = s128[1];
    s128[0] = y;
    x ^= x << 23;
    s128[1] = x ^ y ^ (x >> 17) ^ (y >> 26);
    return s128[1] + y;
}

static uint64_t splitmix64(uint64_t *state) {
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static uint64_t pcg_state, pcg_inc;
static uint32_t pcg32(void) {
    uint64_t old = pcg_state;
    pcg_state = old * 6364136223846793005ull + (pcg_inc | 1);
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((-rot) & 31));
}

static uint32_t bounded(uint32_t range) {
    uint32_t threshold = (0u - range) % range;
    for (;;) { uint32_t r = pcg32(); if (r >= threshold) return r % range; }
}

long long checksum(void) {
    uint64_t sm = g_seed;
    lcg_state = (uint32_t)splitmix64(&sm);
    xs32_state = (uint32_t)splitmix64(&sm) | 1u;
    s128[0] = splitmix64(&sm); s128[1] = splitmix64(&sm);
    pcg_state = splitmix64(&sm); pcg_inc = splitmix64(&sm);
    uint64_t h = 0;
    uint32_t hist[10] = {0};
    for (int i = 0; i < 5000; i++) {
        h += lcg();
        h ^= (uint64_t)xorshift32() << 16;
        h = h * 3 + xorshift128plus();
        hist[bounded(10)]++;
    }
    uint64_t chi = 0;
    for (int k = 0; k < 10; k++) { int64_t d = (int64_t)hist[k] - 500; chi += (uint64_t)(d * d); h = h * 31 + hist[k]; }
    return (long long)(h ^ chi << 40);
}
