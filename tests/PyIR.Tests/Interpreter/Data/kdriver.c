#include <stdio.h>
#include <stdint.h>
int64_t k_int(void), k_float(void), k_bytes(void);
int main(void) { printf("k_int %lld\nk_float %lld\nk_bytes %lld\n", (long long)k_int(), (long long)k_float(), (long long)k_bytes()); return 0; }
