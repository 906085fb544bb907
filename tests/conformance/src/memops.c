/* memcpy, memset and memmove: overlapping moves in both directions, copies of structs and odd
   sizes, clearing, and type punning through memcpy. */
#include <stdint.h>
#include <string.h>

uint8_t g_fill = 0xA5;

static uint8_t buf[1024];
static uint8_t other[1024];

typedef struct { uint32_t id; double value; uint16_t flags[5]; } Record;

static uint64_t hash_bytes(const uint8_t *p, size_t n) {
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 1099511628211ull; }
    return h;
}

long long checksum(void) {
    for (int i = 0; i < 1024; i++) buf[i] = (uint8_t)(i * 7 + 3);
    memset(other, g_fill, sizeof other);
    uint64_t h = hash_bytes(other, 1024);
    for (size_t n = 1; n < 200; n += 13) {
        memmove(buf + 3, buf, n);            /* overlapping, forwards */
        memmove(buf + 500, buf + 507, n);    /* overlapping, backwards */
        memcpy(other + n, buf + 2 * n, n);
        memset(buf + 900, (int)n, n / 2);
        h = h * 31 + hash_bytes(buf, 1024);
        h ^= hash_bytes(other, 1024);
    }
    Record recs[8];
    memset(recs, 0, sizeof recs);
    for (int i = 0; i < 8; i++) {
        Record r;
        memset(&r, 0, sizeof r);
        r.id = (uint32_t)i * 0x01010101u;
        r.value = i * 0.5 - 1.0;
        for (int k = 0; k < 5; k++) r.flags[k] = (uint16_t)(i * k * 257);
        memcpy(&recs[7 - i], &r, sizeof r);
    }
    memmove(&recs[1], &recs[0], 6 * sizeof(Record));
    h = h * 31 + hash_bytes((const uint8_t *)recs, sizeof recs);
    double d = 3.0e10;
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    float f;
    uint32_t fbits = 0x40490FDBu;
    memcpy(&f, &fbits, 4);
    h += bits + (uint64_t)(int64_t)(f * 1000.0f);
    uint8_t small[7];
    memcpy(small, "abcdefg", 7);
    h = h * 31 + hash_bytes(small, 7);
    return (long long)h;
}
