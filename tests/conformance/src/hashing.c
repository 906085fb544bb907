/* String and integer hashing: FNV-1a (32 and 64 bit), djb2, a murmur3-style finalizer and mixer. */
#include <stdint.h>
#include <string.h>

char g_text[] = "The quick brown fox jumps over the lazy dog; pack my box with five dozen liquor jugs.";

static uint32_t fnv1a32(const unsigned char *p, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 16777619u; }
    return h;
}

static uint64_t fnv1a64(const unsigned char *p, size_t n) {
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 1099511628211ull; }
    return h;
}

static uint32_t djb2(const unsigned char *p, size_t n) {
    uint32_t h = 5381;
    for (size_t i = 0; i < n; i++) h = ((h << 5) + h) + p[i];
    return h;
}

static uint64_t fmix64(uint64_t k) {
    k ^= k >> 33; k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33; k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}

static uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static uint32_t murmur3_32(const unsigned char *data, size_t len, uint32_t seed) {
    uint32_t h = seed;
    const uint32_t c1 = 0xcc9e2d51u, c2 = 0x1b873593u;
    size_t nblocks = len / 4;
    for (size_t i = 0; i < nblocks; i++) {
        uint32_t k;
        memcpy(&k, data + i * 4, 4);
        k *= c1; k = rotl32(k, 15); k *= c2;
        h ^= k; h = rotl32(h, 13); h = h * 5 + 0xe6546b64u;
    }
    const unsigned char *tail = data + nblocks * 4;
    uint32_t k1 = 0;
    switch (len & 3) {
    case 3: k1 ^= (uint32_t)tail[2] << 16; /* fall through */
    case 2: k1 ^= (uint32_t)tail[1] << 8;  /* fall through */
    case 1: k1 ^= tail[0]; k1 *= c1; k1 = rotl32(k1, 15); k1 *= c2; h ^= k1;
    }
    h ^= (uint32_t)len;
    h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16;
    return h;
}

long long checksum(void) {
    const unsigned char *p = (const unsigned char *)g_text;
    size_t n = sizeof g_text - 1;
    uint64_t h = 0;
    for (size_t len = 0; len <= n; len++) {
        h ^= fnv1a32(p, len);
        h = h * 31 + fnv1a64(p, len);
        h += djb2(p + (n - len), len);
        h ^= murmur3_32(p, len, (uint32_t)len * 0x9747b28cu);
    }
    for (uint64_t i = 0; i < 2000; i++) h = fmix64(h ^ i);
    return (long long)h;
}
