; `verify` prints nothing on success; `run` with --interp and --verbose reports the engine and
; phase timings on stderr (after the result on stdout).
; RUN: pyir verify %s
; RUN: pyir run --interp --verbose %s
; CHECK: 42
; CHECK-NEXT: engine: interpreter
; CHECK: parse:
; CHECK-NEXT: verify:
; CHECK-NEXT: compile:
; CHECK-NEXT: run:
define i32 @main() {
  ret i32 42
}
