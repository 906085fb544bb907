/* Mandelbrot and Julia set escape-time counts on a small grid in float and double, with small
   iteration limits; the counts and final orbit bits are mixed into the checksum. */
#include <stdint.h>
#include <string.h>

int g_max_iter = 50;

static int mandel_d(double cr, double ci, int max_iter) {
    double zr = 0, zi = 0;
    int n = 0;
    while (n < max_iter && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        n++;
    }
    return n;
}

static int julia_f(float zr, float zi, float cr, float ci, int max_iter, float *out) {
    int n = 0;
    for (; n < max_iter; n++) {
        float r2 = zr * zr, i2 = zi * zi;
        if (r2 + i2 > 4.0f) break;
        zi = 2.0f * zr * zi + ci;
        zr = r2 - i2 + cr;
    }
    *out = zr;
    return n;
}

long long checksum(void) {
    int max_iter = g_max_iter;
    uint64_t h = 0;
    for (int y = 0; y < 48; y++) {
        for (int x = 0; x < 64; x++) {
            double cr = -2.0 + 2.6 * x / 64.0, ci = -1.2 + 2.4 * y / 48.0;
            int n = mandel_d(cr, ci, max_iter);
            float last;
            int m = julia_f((float)cr * 0.75f, (float)ci, -0.8f, 0.156f, max_iter, &last);
            uint32_t bits;
            memcpy(&bits, &last, 4);
            h = h * 33 + (uint64_t)n;
            h ^= (uint64_t)m << 7;
            h += bits;
        }
    }
    return (long long)h;
}
