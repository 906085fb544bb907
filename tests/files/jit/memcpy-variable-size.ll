; memcpy with a size known only at run time: small sizes take the JIT's inline loop (16-, 8- and
; 1-byte moves), sizes above 256 bytes `rep movsb`. Unaligned source and destination; the
; checksum covers the whole destination buffer, so bytes written outside the range show too.
; Expected values computed independently in Python.
; RUN: pyir run -O0 %s --entry copy 0
; CHECK: 0
; RUN: pyir run -O0 %s --entry copy 1
; CHECK-NEXT: -3765819832250387944
; RUN: pyir run -O0 %s --entry copy 7
; CHECK-NEXT: -3021323540690597555
; RUN: pyir run -O0 %s --entry copy 8
; CHECK-NEXT: 4509271180021050980
; RUN: pyir run -O0 %s --entry copy 9
; CHECK-NEXT: 2354505200244292276
; RUN: pyir run -O0 %s --entry copy 15
; CHECK-NEXT: 872667125041834985
; RUN: pyir run -O0 %s --entry copy 16
; CHECK-NEXT: 2215732606086866120
; RUN: pyir run -O0 %s --entry copy 17
; CHECK-NEXT: 628463164558719824
; RUN: pyir run -O0 %s --entry copy 23
; CHECK-NEXT: -5049552938220075387
; RUN: pyir run -O0 %s --entry copy 24
; CHECK-NEXT: 6581101501155484460
; RUN: pyir run -O0 %s --entry copy 31
; CHECK-NEXT: 1129652924447709473
; RUN: pyir run -O0 %s --entry copy 32
; CHECK-NEXT: 7436444696362871184
; RUN: pyir run -O0 %s --entry copy 33
; CHECK-NEXT: 1752025777274430600
; RUN: pyir run -O0 %s --entry copy 255
; CHECK-NEXT: -3743525235003290063
; RUN: pyir run -O0 %s --entry copy 256
; CHECK-NEXT: -8811928964346179712
; RUN: pyir run -O0 %s --entry copy 257
; CHECK-NEXT: -4982364214733127272
; RUN: pyir run -O0 %s --entry copy 300
; CHECK-NEXT: 5074972007267213734
@src = global [320 x i8] c"\03\0A\11\18\1F\26\2D\34\3B\42\49\50\57\5E\65\6C\73\7A\81\88\8F\96\9D\A4\AB\B2\B9\C0\C7\CE\D5\DC\E3\EA\F1\F8\FF\06\0D\14\1B\22\29\30\37\3E\45\4C\53\5A\61\68\6F\76\7D\84\8B\92\99\A0\A7\AE\B5\BC\C3\CA\D1\D8\DF\E6\ED\F4\FB\02\09\10\17\1E\25\2C\33\3A\41\48\4F\56\5D\64\6B\72\79\80\87\8E\95\9C\A3\AA\B1\B8\BF\C6\CD\D4\DB\E2\E9\F0\F7\FE\05\0C\13\1A\21\28\2F\36\3D\44\4B\52\59\60\67\6E\75\7C\83\8A\91\98\9F\A6\AD\B4\BB\C2\C9\D0\D7\DE\E5\EC\F3\FA\01\08\0F\16\1D\24\2B\32\39\40\47\4E\55\5C\63\6A\71\78\7F\86\8D\94\9B\A2\A9\B0\B7\BE\C5\CC\D3\DA\E1\E8\EF\F6\FD\04\0B\12\19\20\27\2E\35\3C\43\4A\51\58\5F\66\6D\74\7B\82\89\90\97\9E\A5\AC\B3\BA\C1\C8\CF\D6\DD\E4\EB\F2\F9\00\07\0E\15\1C\23\2A\31\38\3F\46\4D\54\5B\62\69\70\77\7E\85\8C\93\9A\A1\A8\AF\B6\BD\C4\CB\D2\D9\E0\E7\EE\F5\FC\03\0A\11\18\1F\26\2D\34\3B\42\49\50\57\5E\65\6C\73\7A\81\88\8F\96\9D\A4\AB\B2\B9\C0\C7\CE\D5\DC\E3\EA\F1\F8\FF\06\0D\14\1B\22\29\30\37\3E\45\4C\53\5A\61\68\6F\76\7D\84\8B\92\99\A0\A7\AE\B5\BC"
@dst = global [320 x i8] zeroinitializer

define i64 @copy(i64 %n) {
entry:
  call void @llvm.memset.p0.i64(ptr @dst, i8 0, i64 320, i1 false)
  %d = getelementptr i8, ptr @dst, i64 5
  %s = getelementptr i8, ptr @src, i64 3
  call void @llvm.memcpy.p0.p0.i64(ptr %d, ptr %s, i64 %n, i1 false)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %h = phi i64 [ 0, %entry ], [ %h1, %loop ]
  %p = getelementptr i8, ptr @dst, i64 %i
  %b = load i8, ptr %p
  %bz = zext i8 %b to i64
  %m = mul i64 %h, 31
  %h1 = add i64 %m, %bz
  %i1 = add i64 %i, 1
  %c = icmp ult i64 %i1, 320
  br i1 %c, label %loop, label %exit
exit:
  ret i64 %h1
}

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
