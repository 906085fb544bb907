/* Vectorizable kernels for the PyIR interpreter tests: each returns a checksum from k_*(void). */
#include <stdint.h>

static int8_t b8[512]; static int16_t s16[512]; static int32_t w32[512]; static int64_t q64[256];
static float f32[512]; static double f64[256]; static uint8_t u8[512];

static void fill(void) {
  uint32_t x = 2463534242u;
  for (int i = 0; i < 512; i++) {
    x ^= x << 13; x ^= x >> 17; x ^= x << 5;
    b8[i] = (int8_t)x; s16[i] = (int16_t)(x >> 3); w32[i] = (int32_t)(x * 7u); u8[i] = (uint8_t)(x >> 9);
    f32[i] = (float)(int32_t)(x % 20001u - 10000) / 64.0f;
    if (i < 256) { q64[i] = (int64_t)x * 1000003 - (int64_t)i * 99991; f64[i] = (double)(int32_t)x / 3.0; }
  }
}

int64_t k_int(void) {
  fill();
  int64_t s = 0; int32_t mn = INT32_MAX, mx = INT32_MIN; uint32_t bits = 0;
  for (int i = 0; i < 512; i++) {
    int32_t v = w32[i] >> 3;
    s += v; mn = v < mn ? v : mn; mx = v > mx ? v : mx; bits ^= (uint32_t)w32[i] << (i & 7);
  }
  int64_t dot = 0;
  for (int i = 0; i < 512; i++) dot += b8[i] * s16[i];
  uint32_t sad = 0;
  for (int i = 0; i < 512; i++) { int d = u8[i] - u8[511 - i]; sad += d < 0 ? -d : d; }
  int64_t q = 0;
  for (int i = 0; i < 256; i++) q += q64[i] > 0 ? q64[i] / 7 : -q64[i];
  return s + mn * 3 + mx * 5 + bits + dot * 11 + sad * 13 + q;
}

int64_t k_float(void) {
  fill();
  float acc = 0, mx = -1e30f;
  for (int i = 0; i < 512; i++) { acc += f32[i] * f32[511 - i]; mx = f32[i] > mx ? f32[i] : mx; }
  double d = 0;
  for (int i = 0; i < 256; i++) d += f64[i] * 0.5 - (double)f32[i];
  int conv = 0;
  for (int i = 0; i < 512; i++) conv += (int)(f32[i] * 3.0f) + (int)(uint8_t)(u8[i] * 0.5f);
  float out[512];
  for (int i = 0; i < 512; i++) out[i] = f32[i] < 0 ? -f32[i] : f32[i] * 2.0f;
  float sum2 = 0;
  for (int i = 0; i < 512; i++) sum2 += out[i];
  return (int64_t)(acc * 16) + (int64_t)(mx * 64) + (int64_t)(d * 8) + conv + (int64_t)sum2;
}

int64_t k_bytes(void) {
  fill();
  uint8_t out[512];
  for (int i = 0; i < 512; i++) out[i] = (uint8_t)((u8[i] + u8[(i + 100) & 511] + 1) >> 1);
  uint8_t mx[512];
  for (int i = 0; i < 512; i++) mx[i] = u8[i] > out[i] ? u8[i] : out[i];
  int16_t widened[512];
  for (int i = 0; i < 512; i++) widened[i] = (int16_t)(b8[i] * 3 - s16[i]);
  uint64_t h = 0;
  for (int i = 0; i < 512; i++) h = h * 33 + out[i] + mx[i] * 2 + widened[i];
  int cnt = 0;
  for (int i = 0; i < 512; i++) cnt += __builtin_popcount(w32[i]) + (b8[i] == 0);
  return (int64_t)(h + (uint64_t)cnt);
}
