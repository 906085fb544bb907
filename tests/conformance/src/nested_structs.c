/* Nested structs and arrays of structs: a tiny particle/inventory simulation with structs inside
   structs, arrays inside structs, struct assignment and pointers to members. */
#include <stdint.h>

typedef struct { int16_t x, y, z; } Vec3s;
typedef struct { Vec3s pos, vel; uint8_t flags; } Particle;
typedef struct { char name[12]; uint32_t count; struct { uint16_t lo, hi; } range; } Item;
typedef struct { Particle parts[64]; Item items[16]; int32_t n_parts, n_items; } World;

static World world;
uint32_t g_seed = 2024;

static void step(World *w) {
    for (int i = 0; i < w->n_parts; i++) {
        Particle *p = &w->parts[i];
        p->pos.x = (int16_t)(p->pos.x + p->vel.x);
        p->pos.y = (int16_t)(p->pos.y + p->vel.y);
        p->pos.z = (int16_t)(p->pos.z + p->vel.z);
        if (p->pos.x < -1000 || p->pos.x > 1000) { p->vel.x = (int16_t)-p->vel.x; p->flags |= 1; }
        if (p->pos.y < -1000 || p->pos.y > 1000) { p->vel.y = (int16_t)-p->vel.y; p->flags |= 2; }
        if (p->pos.z < 0) { p->pos.z = 0; p->vel.z = (int16_t)(-p->vel.z / 2); p->flags |= 4; }
        p->vel.z = (int16_t)(p->vel.z - 1);
    }
}

static uint64_t hash_item(const Item *it) {
    uint64_t h = it->count;
    for (int i = 0; i < 12 && it->name[i]; i++) h = h * 131 + (unsigned char)it->name[i];
    return h ^ ((uint64_t)it->range.lo << 16) ^ it->range.hi;
}

long long checksum(void) {
    uint32_t s = g_seed;
    world.n_parts = 64;
    for (int i = 0; i < 64; i++) {
        s = s * 1664525u + 1013904223u;
        Particle p = {{(int16_t)(s % 2000) - 1000, (int16_t)((s >> 11) % 2000) - 1000, (int16_t)((s >> 3) % 500)},
                      {(int16_t)((s >> 5) % 21) - 10, (int16_t)((s >> 9) % 21) - 10, (int16_t)((s >> 13) % 7)}, 0};
        world.parts[i] = p;
    }
    world.n_items = 16;
    for (int i = 0; i < 16; i++) {
        Item *it = &world.items[i];
        for (int k = 0; k < 11; k++) it->name[k] = (char)('a' + (i * 7 + k * 3) % 26);
        it->name[11] = 0;
        it->name[(i % 10) + 1] = 0;
        it->count = (uint32_t)i * 3u;
        it->range.lo = (uint16_t)(i * 100);
        it->range.hi = (uint16_t)(i * 100 + 99);
    }
    uint64_t h = 0;
    for (int t = 0; t < 200; t++) {
        step(&world);
        Item tmp = world.items[t % 16];
        tmp.count += (uint32_t)t;
        world.items[(t * 5) % 16] = tmp;
    }
    for (int i = 0; i < 64; i++) {
        const Particle *p = &world.parts[i];
        h = h * 1000003 + (uint16_t)p->pos.x + ((uint64_t)(uint16_t)p->pos.y << 16) + ((uint64_t)(uint16_t)p->pos.z << 32);
        h += p->flags + (uint64_t)(uint16_t)p->vel.z;
    }
    for (int i = 0; i < 16; i++) h = h * 31 + hash_item(&world.items[i]);
    return (long long)h;
}
