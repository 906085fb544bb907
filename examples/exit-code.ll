; `--exit-code` makes main's result the process exit code, like lli:
;   ./pyir run --exit-code examples/exit-code.ll; echo $?    -> 42
define i32 @main() {
  ret i32 42
}
