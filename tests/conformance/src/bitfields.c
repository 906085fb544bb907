/* Structs with bit-fields: packed headers of odd widths (1..31 bits), signed fields that must
   sign-extend, updates that must not disturb neighbours, and a packet encoder/decoder. */
#include <stdint.h>
#include <string.h>

uint32_t g_seed = 0xBADC0DE;

typedef struct {
    unsigned version : 3;
    unsigned flags : 5;
    signed delta : 7;
    unsigned length : 12;
    unsigned parity : 1;
    signed big : 20;
    unsigned tail : 12;
} Header;

static uint32_t parity32(uint32_t v) { v ^= v >> 16; v ^= v >> 8; v ^= v >> 4; v ^= v >> 2; v ^= v >> 1; return v & 1; }

long long checksum(void) {
    uint32_t s = g_seed;
    uint64_t h = 0;
    Header hs[16];
    memset(hs, 0, sizeof hs);
    for (int i = 0; i < 3000; i++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        Header *p = &hs[i & 15];
        p->version = s & 7u;
        p->flags = (s >> 3) & 31u;
        p->delta = (int)((s >> 8) & 127u) - 64;
        p->length = (p->length + (s >> 11)) & 0xFFFu;
        p->big = (int)((s >> 12) & 0xFFFFFu) - (1 << 19);
        p->tail = (p->tail ^ s) & 0xFFFu;
        p->parity = parity32(p->length ^ p->tail);
        h = h * 31 + p->version + p->flags * 8u + (uint64_t)(int64_t)p->delta + p->length;
        h = h * 31 + (uint64_t)(int64_t)p->big + p->tail + p->parity;
        if (p->delta < 0) h ^= 0x5555;
        if (p->big < -1000) h += 7;
    }
    for (int i = 0; i < 16; i++) {
        uint8_t raw[sizeof(Header)];
        memcpy(raw, &hs[i], sizeof raw);
        for (size_t k = 0; k < sizeof raw; k++) h = h * 131 + raw[k];
    }
    return (long long)h;
}
