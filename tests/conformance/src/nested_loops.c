/* Nested loops: triangular sums, a prime sieve and a 3-level loop nest over a small cube. */
#include <stdint.h>

unsigned int g_seed = 7;

static unsigned char sieve[20000];

static uint64_t count_primes(int n) {
    uint64_t count = 0, sum = 0;
    for (int i = 0; i < n; i++) sieve[i] = 1;
    sieve[0] = sieve[1] = 0;
    for (int i = 2; i * i < n; i++)
        if (sieve[i])
            for (int j = i * i; j < n; j += i) sieve[j] = 0;
    for (int i = 0; i < n; i++)
        if (sieve[i]) { count++; sum += (uint64_t)i; }
    return count * 1000003u + sum;
}

static uint64_t cube_walk(unsigned int seed) {
    uint64_t acc = 0;
    for (unsigned int x = 0; x < 24; x++)
        for (unsigned int y = 0; y <= x; y++)
            for (unsigned int z = y; z < 24; z++)
                acc = acc * 31u + ((x * seed) ^ (y + z * 7u)) % 97u;
    return acc;
}

long long checksum(void) {
    uint64_t h = 0;
    unsigned int seed = g_seed;
    for (int i = 1; i <= 300; i++)
        for (int j = 1; j <= i; j++)
            h += (uint64_t)(i * j) % (seed + 3u);
    h ^= count_primes(20000) << 1;
    h += cube_walk(seed);
    return (long long)h;
}
