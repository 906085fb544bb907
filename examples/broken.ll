; An ill-formed module, to show PyIR's error messages:
;   ./pyir verify examples/broken.ll
define i32 @main(i32 %x) {
  %y = fadd i32 %x, 1
  ret i32 %y
}
