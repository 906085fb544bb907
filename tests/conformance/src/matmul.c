/* Dense matrix multiply (naive ijk, ikj and a 4x4-blocked version) in double, plus an integer
   matrix power; results must agree bit-for-bit since only + and * are used in the same order. */
#include <stdint.h>
#include <string.h>

double g_scale = 0.001;

#define N 40
static double A[N][N], B[N][N], C1[N][N], C2[N][N];
static int32_t M[8][8], P[8][8], T[8][8];

static void matmul_ijk(double c[N][N], double a[N][N], double b[N][N]) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0.0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static void matmul_ikj(double c[N][N], double a[N][N], double b[N][N]) {
    memset(c, 0, sizeof(double) * N * N);
    for (int i = 0; i < N; i++)
        for (int k = 0; k < N; k++) {
            double aik = a[i][k];
            for (int j = 0; j < N; j++) c[i][j] += aik * b[k][j];
        }
}

static void imatmul(int32_t c[8][8], int32_t a[8][8], int32_t b[8][8]) {
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) {
            uint32_t s = 0;
            for (int k = 0; k < 8; k++) s += (uint32_t)a[i][k] * (uint32_t)b[k][j];
            c[i][j] = (int32_t)(s % 1000003u);
        }
}

long long checksum(void) {
    double sc = g_scale;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = (double)((i * 7 + j * 3) % 11 - 5) * sc;
            B[i][j] = (double)((i * 5 + j * 9) % 13) * 0.5 - 3.0;
        }
    matmul_ijk(C1, A, B);
    matmul_ikj(C2, A, B);
    uint64_t h = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            uint64_t u;
            memcpy(&u, &C1[i][j], 8);
            h = h * 1000003 + u;
            /* ikj sums in the same k order, so results are identical */
            if (C1[i][j] != C2[i][j]) h += 1;
        }
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) { M[i][j] = (i + 2 * j) % 5 - 2; P[i][j] = i == j; }
    for (int r = 0; r < 20; r++) { imatmul(T, P, M); memcpy(P, T, sizeof P); }
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++) h = h * 31 + (uint32_t)P[i][j];
    return (long long)h;
}
