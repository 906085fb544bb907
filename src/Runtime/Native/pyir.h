/* pyir.h: the C ABI of libpyir.so (PyIR built with NativeAOT). docs/c-abi.md is the contract and
   explains every function; this header only declares them for C hosts. */
#ifndef PYIR_H
#define PYIR_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct pyir_module pyir_module; /* opaque */

enum {
    PYIR_OK = 0,
    PYIR_E_SYNTAX = 1,
    PYIR_E_TYPE = 2,
    PYIR_E_TRAP = 3,
    PYIR_E_ARGUMENT = 4,
    PYIR_E_UNSUPPORTED = 5,
    PYIR_E_INTERNAL = 6,
};

typedef struct {
    int32_t size;      /* sizeof(pyir_options) */
    int32_t opt_level; /* 0..3; default 2 */
    int32_t fast_math; /* 0 or 1 */
    int32_t engine;    /* 0 default (JIT when possible), 1 interpreter, 2 JIT only */
} pyir_options;

typedef struct {
    const char* name;
    const char* signature;
    void* address;
    int64_t* status;
    int32_t is_declaration;
} pyir_function_info;

enum { PYIR_CELL_BYTES = 0, PYIR_CELL_MASK = 1 };

typedef struct {
    int32_t value;  /* parameter index, or -1 for the result */
    int32_t offset; /* byte offset of the 32-byte cell in the args or results buffer */
    int32_t source; /* byte offset in the value's memory image */
    int32_t size;   /* bytes of the memory image the cell holds */
    int32_t kind;   /* PYIR_CELL_BYTES or PYIR_CELL_MASK */
    int32_t lanes;  /* mask lanes (0 for PYIR_CELL_BYTES) */
} pyir_thunk_cell;

typedef struct {
    int32_t size;       /* set to sizeof(pyir_thunk_info) before the call */
    int32_t cell_bytes; /* 32 */
    int64_t (*thunk)(void* args, void* results); /* NULL: interpreter or declaration */
    int32_t args_bytes;
    int32_t results_bytes;
    int32_t result_in_memory;
    int32_t arg_cell_count;
    const pyir_thunk_cell* arg_cells;
    int32_t result_cell_count;
    const pyir_thunk_cell* result_cells;
} pyir_thunk_info;

const char* pyir_version(void);
uint64_t pyir_cpu_features(void);
int pyir_compile(const char* text, const char* file, const pyir_options* options, pyir_module** out);
int pyir_compile_snippet(const char* body, const char* file, int32_t line_offset,
                         const char* function_name, const char* params, const char* return_type,
                         const char* return_name, const char* prelude,
                         const pyir_options* options, pyir_module** out);
const char* pyir_engine(pyir_module* m);
int pyir_function_count(pyir_module* m);
int pyir_function_at(pyir_module* m, int32_t index, pyir_function_info* out);
int pyir_lookup(pyir_module* m, const char* name, pyir_function_info* out);
int pyir_thunk(pyir_module* m, const char* name, pyir_thunk_info* out);
int pyir_call(pyir_module* m, const char* name, void* const* args, void* result);
int pyir_trap_error(pyir_module* m, int64_t status);
int pyir_print_ir(pyir_module* m, int32_t optimized, char** out);
int pyir_disassemble(pyir_module* m, const char* function, char** out);
void pyir_free_string(char* s);
void pyir_module_free(pyir_module* m);
const char* pyir_last_error(void);
const char* pyir_last_error_file(void);
int32_t pyir_last_error_line(void);
int32_t pyir_last_error_column(void);

#ifdef __cplusplus
}
#endif
#endif
