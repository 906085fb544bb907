/* A switch that returns string literals: clang-16 -O2 turns it into a relative lookup table (a
   constant global of `trunc (sub (ptrtoint @.str.N, ptrtoint @reltable.f))` read with
   @llvm.load.relative.i64); the other levels keep a switch or a table of pointers. */
#include <stdint.h>

uint32_t g_seed = 77;

static const char *month_abbrev(int m) {
    switch (m) {
    case 1: return "Jan"; case 2: return "Feb"; case 3: return "Mar"; case 4: return "Apr";
    case 5: return "May"; case 6: return "Jun"; case 7: return "Jul"; case 8: return "Aug";
    case 9: return "Sep"; case 10: return "Oct"; case 11: return "Nov"; case 12: return "Dec";
    default: return "???";
    }
}

long long checksum(void) {
    uint64_t h = g_seed;
    for (int i = 0; i < 500; i++) {
        const char *name = month_abbrev(1 + (int)(h % 13u));   /* 13 hits the default case */
        h = h * 31 + (unsigned char)name[0] * 7u + (unsigned char)name[1] * 3u + (unsigned char)name[2];
    }
    return (long long)h;
}
