/* Systems-style code: a bitmap block allocator (first fit with 64-bit words and ctz), a ring buffer
   with power-of-two masking, and a tiny open-addressing hash table with linear probing and
   tombstones, driven by a deterministic workload. */
#include <stdint.h>
#include <string.h>

uint32_t g_seed = 1234567u;

#define BLOCKS 1024
static uint64_t bitmap[BLOCKS / 64];

static int alloc_run(int n) {          /* n consecutive free blocks, first fit; -1 if none */
    int run = 0;
    for (int w = 0; w < BLOCKS / 64; w++) {
        uint64_t used = bitmap[w];
        if (used == ~0ull) { run = 0; continue; }
        for (int b = 0; b < 64; b++) {
            if (used >> b & 1) run = 0;
            else if (++run == n) {
                int end = w * 64 + b, first = end - n + 1;
                for (int i = first; i <= end; i++) bitmap[i / 64] |= 1ull << (i % 64);
                return first;
            }
        }
    }
    return -1;
}

static void free_run(int first, int n) {
    for (int i = first; i < first + n; i++) bitmap[i / 64] &= ~(1ull << (i % 64));
}

static int first_free(void) {
    for (int w = 0; w < BLOCKS / 64; w++)
        if (~bitmap[w]) return w * 64 + __builtin_ctzll(~bitmap[w]);
    return -1;
}

#define RING 64
static uint32_t ring[RING];
static uint32_t ring_head, ring_tail;
static int ring_push(uint32_t v) { if (ring_tail - ring_head == RING) return 0; ring[ring_tail++ & (RING - 1)] = v; return 1; }
static int ring_pop(uint32_t *v) { if (ring_tail == ring_head) return 0; *v = ring[ring_head++ & (RING - 1)]; return 1; }

#define SLOTS 256
#define EMPTY 0u
#define TOMB 1u
static uint32_t keys[SLOTS], vals[SLOTS];
static uint32_t slot_of(uint32_t k) { k ^= k >> 16; k *= 0x7feb352du; k ^= k >> 15; return k & (SLOTS - 1); }
static void ht_put(uint32_t k, uint32_t v) {
    uint32_t i = slot_of(k), tomb = SLOTS;
    for (uint32_t probes = 0; probes < SLOTS; probes++, i = (i + 1) & (SLOTS - 1)) {
        if (keys[i] == k) { vals[i] = v; return; }
        if (keys[i] == TOMB && tomb == SLOTS) tomb = i;
        if (keys[i] == EMPTY) { if (tomb != SLOTS) i = tomb; keys[i] = k; vals[i] = v; return; }
    }
    if (tomb != SLOTS) { keys[tomb] = k; vals[tomb] = v; }
}
static int ht_get(uint32_t k, uint32_t *v) {
    uint32_t i = slot_of(k);
    for (uint32_t probes = 0; probes < SLOTS && keys[i] != EMPTY; probes++, i = (i + 1) & (SLOTS - 1))
        if (keys[i] == k) { *v = vals[i]; return 1; }
    return 0;
}
static void ht_del(uint32_t k) {
    uint32_t i = slot_of(k);
    for (uint32_t probes = 0; probes < SLOTS && keys[i] != EMPTY; probes++, i = (i + 1) & (SLOTS - 1))
        if (keys[i] == k) { keys[i] = TOMB; return; }
}

long long checksum(void) {
    uint32_t s = g_seed;
    uint64_t h = 0;
    int live_first[32], live_n[32], live = 0;
    memset(bitmap, 0, sizeof bitmap);
    for (int step = 0; step < 1500; step++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        if (live < 32 && (s & 3) != 0) {
            int n = 1 + (int)(s >> 8) % 40;
            int at = alloc_run(n);
            h = h * 31 + (uint64_t)(int64_t)at;
            if (at >= 0) { live_first[live] = at; live_n[live] = n; live++; }
        } else if (live > 0) {
            int k = (int)(s >> 4) % live;
            free_run(live_first[k], live_n[k]);
            live_first[k] = live_first[live - 1]; live_n[k] = live_n[live - 1]; live--;
        }
        h += (uint64_t)first_free();
        if (!ring_push(s)) { uint32_t v = 0; ring_pop(&v); h ^= v; ring_push(s); }
        if (step % 3 == 0) { uint32_t v = 0; if (ring_pop(&v)) h += v >> 3; }
        uint32_t key = 2 + (s >> 20) % 400;
        if (s & 0x100) ht_put(key, s); else ht_del(key);
        uint32_t got = 0;
        if (ht_get(2 + (s >> 11) % 400, &got)) h = h * 3 + got;
    }
    for (int w = 0; w < BLOCKS / 64; w++) h = h * 1000003 + bitmap[w];
    return (long long)h;
}
