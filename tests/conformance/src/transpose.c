/* Matrix transposes with arrays: naive, blocked (tiles of 8) and in-place for a square matrix,
   on int32 and float matrices of non-power-of-two sizes; verifies (A^T)^T == A. */
#include <stdint.h>
#include <string.h>

int32_t g_seed = 77;

#define R 45
#define C 37
static int32_t A[R][C], AT[C][R], ATB[C][R], ATT[R][C];
static float S[33][33];

static void transpose_naive(int32_t dst[C][R], int32_t src[R][C]) {
    for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) dst[j][i] = src[i][j];
}

static void transpose_blocked(int32_t dst[C][R], int32_t src[R][C]) {
    for (int ib = 0; ib < R; ib += 8)
        for (int jb = 0; jb < C; jb += 8)
            for (int i = ib; i < ib + 8 && i < R; i++)
                for (int j = jb; j < jb + 8 && j < C; j++) dst[j][i] = src[i][j];
}

static void transpose_back(int32_t dst[R][C], int32_t src[C][R]) {
    for (int i = 0; i < C; i++) for (int j = 0; j < R; j++) dst[j][i] = src[i][j];
}

static int differ(const int32_t *a, const int32_t *b, int n) {
    for (int i = 0; i < n; i++) if (a[i] != b[i]) return 1;
    return 0;
}

static void transpose_inplace(float m[33][33]) {
    for (int i = 0; i < 33; i++)
        for (int j = i + 1; j < 33; j++) { float t = m[i][j]; m[i][j] = m[j][i]; m[j][i] = t; }
}

long long checksum(void) {
    int32_t s = g_seed;
    for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) A[i][j] = (i * 131 + j * 17 + s) % 1009 - 500;
    for (int i = 0; i < 33; i++) for (int j = 0; j < 33; j++) S[i][j] = (float)(i - j) * 0.5f + (float)s;
    uint64_t h = 0;
    for (int round = 0; round < 6; round++) {
        transpose_naive(AT, A);
        transpose_blocked(ATB, A);
        transpose_back(ATT, ATB);
        h += (uint64_t)differ(&AT[0][0], &ATB[0][0], R * C);
        h += (uint64_t)differ(&ATT[0][0], &A[0][0], R * C) * 2;
        for (int i = 0; i < C; i++) for (int j = 0; j < R; j++) h = h * 31 + (uint32_t)AT[i][j] * (uint32_t)(i + 1);
        for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) A[i][j] = A[i][j] * 3 % 1000 + AT[j][i] / 7;
        transpose_inplace(S);
        uint32_t bits;
        memcpy(&bits, &S[round][round + 5], 4);
        h ^= bits;
    }
    return (long long)h;
}
