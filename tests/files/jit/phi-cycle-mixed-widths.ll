; Regression (found by JitDifferentialProperties, seed 2117872480 size 31): a phi cycle mixing a
; <2 x double> (xmm) and an <8 x float> (ymm) value: the cycle breaker saved only 128 bits of a
; register whose reader needed 256. Expected value from the interpreter.
; RUN: pyir run --jit %s --entry f0
; CHECK: <double 5475917992.172686, double 633.1896541943726>
define <2 x double> @f0() {
entry:
  %v0 = and <4 x i32> <i32 3, i32 1, i32 900268358, i32 -1>, <i32 2147483647, i32 1, i32 1195594771, i32 0>
  %v1 = call <2 x double> @f1(<8 x float> zeroinitializer)
  %v2 = icmp ule i32 -459707100, -2147483648
  br i1 %v2, label %bb3, label %bb4
bb3:
  %v5 = icmp sle i7 63, -36
  %v6 = select i1 %v5, <4 x i32> %v0, <4 x i32> %v0
  %v7 = or i32 -1431071392, 1
  %v8 = urem i32 -1052634571, %v7
  %v9 = call <2 x double> @f1(<8 x float> zeroinitializer)
  br label %bb4
bb4:
  %v10 = phi i7 [ -1, %bb3 ], [ 3, %entry ]
  switch i1 %v2, label %bb11 [ i1 false, label %bb12 ]
bb11:
  %v14 = or <4 x i32> %v0, <i32 1, i32 1, i32 1, i32 1>
  %v15 = lshr <4 x i32> %v0, <i32 1, i32 1, i32 1, i32 1>
  %v16 = sdiv <4 x i32> %v15, %v14
  br label %bb13
bb12:
  %v17 = or i32 -1172578224, -846035194
  br label %bb13
bb13:
  %v18 = phi i32 [ 1820142292, %bb11 ], [ %v17, %bb12 ]
  %v19 = phi i33 [ -3944055277, %bb11 ], [ -3318592870, %bb12 ]
  %v20 = sub i33 4294967295, %v19
  %v21 = call <2 x double> @f1(<8 x float> zeroinitializer)
  %v22 = call <2 x double> @f1(<8 x float> <float 0x0000000000000000, float 0x8000000000000000, float 0xFFF0000000000000, float 0x8000000000000000, float 0xBDA2391100000000, float 0x8000000000000000, float 0xC008000000000000, float 0x8000000000000000>)
  %v23 = select i1 %v2, i7 %v10, i7 1
  %v24 = call <2 x double> @f1(<8 x float> <float 0xC008000000000000, float 0xFFF0000000000000, float 0xC010000000000000, float 0x0000000000000000, float 0x8000000000000000, float 0x0000000000000000, float 0xFFF0000000000000, float 0xC0801D4440000000>)
  %v25 = or i7 %v10, %v23
  br label %bb26
bb26:
  %i27 = phi i32 [ 0, %bb13 ], [ %inext37, %bb26 ]
  %acc28 = phi i7 [ %v10, %bb13 ], [ %v35, %bb26 ]
  %acc29 = phi i7 [ 1, %bb13 ], [ %v36, %bb26 ]
  %v30 = icmp sgt i7 %acc29, %v23
  %v31 = call <2 x double> @f1(<8 x float> <float 0x0000000000000000, float 0x0000000000000000, float 0x3FE4699C20000000, float 0xFFF0000000000000, float 0xC089C918C0000000, float 0x8000000000000000, float 0xC008000000000000, float 0x3FE3EAE820000000>)
  %v32 = or i7 %acc29, 1
  %v33 = lshr i7 63, 1
  %v34 = sdiv i7 %v33, %v32
  %v35 = add i7 %acc28, 1
  %v36 = add i7 %acc29, %acc29
  %inext37 = add i32 %i27, 1
  %c38 = icmp slt i32 %inext37, 3
  br i1 %c38, label %bb26, label %bb39
bb39:
  %v40 = urem i7 %v36, 7
  %v41 = ashr i7 %v36, %v40
  %v42 = zext i7 %v23 to i32
  br label %bb43
bb43:
  %i44 = phi i32 [ 0, %bb39 ], [ %inext68, %bb64 ]
  %acc45 = phi <2 x double> [ <double 0xC000000000000000, double 0x3FDC1806FEB8300E>, %bb39 ], [ %v67, %bb64 ]
  %v46 = icmp ule i32 2, %v42
  br i1 %v46, label %bb47, label %bb48
bb47:
  br label %bb48
bb48:
  %v49 = phi i33 [ %v19, %bb47 ], [ %v19, %bb43 ]
  %v50 = phi i33 [ %v20, %bb47 ], [ %v19, %bb43 ]
  %v51 = xor i33 %v50, %v50
  br label %bb52
bb52:
  %i53 = phi i32 [ 0, %bb48 ], [ %inext62, %bb52 ]
  %acc54 = phi i7 [ %acc29, %bb48 ], [ %v60, %bb52 ]
  %acc55 = phi i1 [ %v30, %bb48 ], [ %v61, %bb52 ]
  %v56 = sext i1 %v30 to i32
  %v57 = call i7 @llvm.umax.i7(i7 %acc54, i7 %v36)
  %v58 = and i32 0, -2147483648
  %v59 = and i33 %v51, %v50
  %v60 = add i7 %acc54, %v41
  %v61 = mul i1 %acc55, false
  %inext62 = add i32 %i53, 1
  %c63 = icmp slt i32 %inext62, 3
  br i1 %c63, label %bb52, label %bb64
bb64:
  %v65 = icmp sgt i1 %v61, %v2
  %v66 = select i1 %v65, i33 3596420339, i33 3246184701
  %v67 = fmul <2 x double> %acc45, %v24
  %inext68 = add i32 %i44, 1
  %c69 = icmp slt i32 %inext68, 2
  br i1 %c69, label %bb43, label %bb70
bb70:
  %v71 = sub i33 4294967295, %v49
  %v72 = fmul <2 x double> %v31, %v1
  %v73 = or <4 x i32> %v0, %v0
  %v74 = call <2 x double> @f1(<8 x float> <float 0xBE54F9D7C0000000, float 0x8000000000000000, float 0x0000000000000000, float 0x8000000000000000, float 0xC08C535860000000, float 0xC086C4FFA0000000, float 0x0000000000000000, float 0x3FCA28C180000000>)
  %v75 = uitofp i33 %v50 to double
  %v76 = insertelement <2 x double> <double 0x0000000000000000, double 0x8000000000000000>, double %v75, i32 0
  %v77 = fadd <2 x double> %v31, %v76
  %v78 = fadd <2 x double> %v77, %v1
  %v79 = fcmp uno <2 x double> %v78, %v78
  %v80 = select <2 x i1> %v79, <2 x double> zeroinitializer, <2 x double> %v78
  ret <2 x double> %v80
}

define <2 x double> @f1(<8 x float> %a0) {
entry:
  %mem0 = alloca [4 x i32]
  call void @llvm.memset.p0.i64(ptr %mem0, i8 79, i64 16, i1 false)
  %mem1 = alloca { i32, double, [4 x i16], <4 x float>, i8 }
  call void @llvm.memset.p0.i64(ptr %mem1, i8 -7, i64 64, i1 false)
  %v2 = xor i8 -104, 1
  %v3 = mul i64 -9223372036854775808, -2
  %v4 = fmul float 0x8000000000000000, 0x3FF0000000000000
  %v5 = xor i64 -9223372036854775808, -7311407988983535789
  %v6 = fsub float 0x8000000000000000, 0x3E23AE34A0000000
  %v7 = mul i64 9223372036854775807, 9223372036854775807
  %v8 = fadd float 0x3CA3EFDE40000000, 0x8000000000000000
  %v9 = sub i64 -2, -1
  %v10 = fmul float 0x4010000000000000, 0xC02ECD18E0000000
  %v11 = sub i64 -5887071694975309600, -2964264920563827512
  %v12 = fadd float 0x4000000000000000, 0xFFF0000000000000
  %v13 = mul i64 9223372036854775807, -8276823359053961225
  %v14 = fsub float 0xBFF0000000000000, 0x408196E300000000
  %v15 = xor i64 3896955476096555951, -2166363895073955833
  %v16 = fsub float 0xFFF0000000000000, 0xFFF0000000000000
  %v17 = add i64 -9223372036854775808, -9223372036854775808
  %v18 = fsub float 0xC2F6144D80000000, 0x8000000000000000
  %v19 = add i64 0, -6499301469520812908
  %v20 = fmul float 0xC07A6C01C0000000, 0xC010000000000000
  %v21 = add i64 2, -7184141340010130534
  %v22 = fadd float 0x8000000000000000, 0x3FEFE31E00000000
  %v23 = mul i64 3619746851038871526, 9223372036854775807
  %v24 = fadd float 0x7FF0000000000000, 0x7FF0000000000000
  %v25 = mul i64 9223372036854775807, 3
  %v26 = fmul float 0xBD7BCE7B60000000, 0xC008000000000000
  %v27 = xor i64 9223372036854775807, 9223372036854775807
  %v28 = fmul float 0x408EC6BFC0000000, 0x4074A137A0000000
  %v29 = xor i64 3822689911532355052, 1
  %v30 = fsub float 0x41FA357680000000, 0x0000000000000000
  %v31 = sub i64 -3, -2
  %v32 = fadd float 0x4010000000000000, 0xC06644F9E0000000
  %v33 = mul i64 -1971099425161135553, -1
  %v34 = fsub float 0x0000000000000000, 0x8000000000000000
  %v35 = sub i64 0, -6378338148148097206
  %v36 = fadd float 0xFFF0000000000000, 0x3FCFCCD8E0000000
  %v37 = mul i64 7525558902932739923, 9223372036854775807
  %v38 = fadd float 0x0000000000000000, 0x401592C540000000
  %v39 = mul i64 -3, -3
  %v40 = fsub float 0x0000000000000000, 0xC010000000000000
  %v41 = add i64 3, -9223372036854775808
  %v42 = fadd float 0x3FD68FCBA0000000, 0xBDB0C1B1E0000000
  %v43 = mul i64 -2837541540123420481, -1744077615476423154
  %v44 = fadd float 0x3FE5A3A280000000, 0x7FF0000000000000
  %v45 = add i64 %v43, %v25
  %v46 = add i64 %v45, %v3
  %v47 = add i64 %v46, %v23
  %v48 = add i64 %v47, %v33
  %v49 = add i64 %v48, %v41
  %v50 = add i64 %v49, %v39
  %v51 = add i64 %v50, %v19
  %v52 = add i64 %v51, %v13
  %v53 = add i64 %v52, %v7
  %v54 = add i64 %v53, %v15
  %v55 = add i64 %v54, %v35
  %v56 = add i64 %v55, %v17
  %v57 = add i64 %v56, %v11
  %v58 = add i64 %v57, %v37
  %v59 = add i64 %v58, %v29
  %v60 = add i64 %v59, %v31
  %v61 = add i64 %v60, %v9
  %v62 = add i64 %v61, %v5
  %v63 = add i64 %v62, %v21
  %v64 = add i64 %v63, %v27
  %v65 = fadd float %v44, %v40
  %v66 = fadd float %v65, %v38
  %v67 = fadd float %v66, %v34
  %v68 = fadd float %v67, %v8
  %v69 = fadd float %v68, %v10
  %v70 = fadd float %v69, %v4
  %v71 = fadd float %v70, %v16
  %v72 = fadd float %v71, %v6
  %v73 = fadd float %v72, %v32
  %v74 = fadd float %v73, %v12
  %v75 = fadd float %v74, %v28
  %v76 = fadd float %v75, %v18
  %v77 = fadd float %v76, %v20
  %v78 = fadd float %v77, %v26
  %v79 = fadd float %v78, %v36
  %v80 = fadd float %v79, %v22
  %v81 = fadd float %v80, %v24
  %v82 = fadd float %v81, %v42
  %v83 = fadd float %v82, %v30
  %v84 = fadd float %v83, %v14
  %v85 = icmp sgt i8 -128, %v2
  br i1 %v85, label %bb86, label %bb87
bb86:
  %v89 = shufflevector <2 x double> <double 0x0000000000000000, double 0x8000000000000000>, <2 x double> <double 0xBCA64289552C8514, double 0x405CF0CBE115E191>, <2 x i32> <i32 3, i32 3>
  %v90 = sub i1 %v85, %v85
  br label %bb88
bb87:
  %v91 = call <2 x double> @llvm.fabs.v2f64(<2 x double> <double 0x413E16DA873C2DB8, double 0x3FE80BE57D7017CB>)
  br label %bb88
bb88:
  %v92 = phi i1 [ %v90, %bb86 ], [ %v85, %bb87 ]
  %v93 = insertelement <2 x double> <double 0x3C109AE9F5A135D4, double 0x7FF0000000000000>, double 0x8000000000000000, i32 1
  %v94 = shufflevector <8 x float> %a0, <8 x float> zeroinitializer, <8 x i32> <i32 7, i32 5, i32 2, i32 15, i32 7, i32 11, i32 4, i32 3>
  %v95 = and <8 x i32> <i32 -2026321088, i32 -2, i32 -262264083, i32 3, i32 -929570550, i32 1, i32 -2147483648, i32 -1>, <i32 773779369, i32 -3, i32 -3, i32 -1, i32 214446826, i32 356636155, i32 -2, i32 -792235344>
  %v96 = and i8 %v2, 3
  switch i8 %v96, label %bb97 [ i8 1, label %bb98 i8 2, label %bb99 ]
bb97:
  %v101 = and i8 %v2, 3
  switch i8 %v101, label %bb102 [ i8 2, label %bb103 i8 0, label %bb104 i8 1, label %bb105 ]
bb98:
  %v113 = call i1 @llvm.abs.i1(i1 %v92, i1 false)
  br label %bb100
bb99:
  br label %bb100
bb100:
  %v114 = phi <8 x float> [ %v94, %bb106 ], [ <float 0x3E1B7CBF80000000, float 0x4000000000000000, float 0x0000000000000000, float 0x0000000000000000, float 0xC010000000000000, float 0x3FC78CEF60000000, float 0x4352EDD6A0000000, float 0xBDCDDEBA60000000>, %bb98 ], [ <float 0x40767CF3E0000000, float 0x7FF0000000000000, float 0x8000000000000000, float 0xC000000000000000, float 0xC072808000000000, float 0x7FF0000000000000, float 0x4080BFC100000000, float 0xFFF0000000000000>, %bb99 ]
  %v115 = shufflevector <2 x double> %v93, <2 x double> %v93, <2 x i32> <i32 0, i32 1>
  %v116 = zext i8 %v2 to i64
  %v117 = and i64 %v116, 3
  %v118 = getelementptr inbounds [4 x i32], ptr %mem0, i64 0, i64 %v117
  store i32 -2, ptr %v118
  %v119 = add i8 %v2, %v2
  %v120 = getelementptr inbounds { i32, double, [4 x i16], <4 x float>, i8 }, ptr %mem1, i32 0, i32 3
  store <4 x float> <float 0x4010000000000000, float 0xFFF0000000000000, float 0x0000000000000000, float 0xC008000000000000>, ptr %v120
  %v121 = fneg <2 x double> <double 0x4008000000000000, double 0x7FF0000000000000>
  %v122 = urem <8 x i32> %v95, <i32 32, i32 32, i32 32, i32 32, i32 32, i32 32, i32 32, i32 32>
  %v123 = ashr <8 x i32> %v95, %v122
  %v124 = select i1 %v85, <8 x i32> %v95, <8 x i32> %v123
  %v125 = sub i8 %v2, %v119
  %v126 = xor i8 -128, %v119
  br label %bb127
bb102:
  %v107 = fneg <2 x double> %v93
  br label %bb106
bb103:
  br label %bb106
bb104:
  %v108 = getelementptr inbounds { i32, double, [4 x i16], <4 x float>, i8 }, ptr %mem1, i32 0, i32 3
  store <4 x float> <float 0x7FF0000000000000, float 0xC068EDE780000000, float 0x4008000000000000, float 0x0000000000000000>, ptr %v108
  br label %bb106
bb105:
  %v109 = getelementptr inbounds { i32, double, [4 x i16], <4 x float>, i8 }, ptr %mem1, i32 0, i32 3
  %v110 = load <4 x float>, ptr %v109
  br label %bb106
bb106:
  %v111 = phi <8 x i32> [ %v95, %bb102 ], [ %v95, %bb103 ], [ <i32 497324268, i32 -1, i32 445054937, i32 -2147483648, i32 -1648702971, i32 -2147483648, i32 -2147483648, i32 -1310939771>, %bb104 ], [ <i32 1873018020, i32 2147483647, i32 1173009220, i32 -1, i32 2147483647, i32 -686171471, i32 2126205335, i32 903095702>, %bb105 ]
  %v112 = phi i1 [ false, %bb102 ], [ %v92, %bb103 ], [ %v92, %bb104 ], [ %v85, %bb105 ]
  br label %bb100
bb127:
  %i128 = phi i32 [ 0, %bb100 ], [ %inext151, %bb147 ]
  %acc129 = phi <2 x double> [ <double 0x3FD5B2A88CAB6551, double 0x3F2AE9EA0275D3D4>, %bb100 ], [ %v149, %bb147 ]
  %acc130 = phi <8 x float> [ %v114, %bb100 ], [ %v150, %bb147 ]
  br label %bb131
bb131:
  %i132 = phi i32 [ 0, %bb127 ], [ %inext145, %bb131 ]
  %acc133 = phi <8 x float> [ <float 0x3FC4726E00000000, float 0x7FF0000000000000, float 0x0000000000000000, float 0x406694B820000000, float 0xC010000000000000, float 0x7FF0000000000000, float 0x4000000000000000, float 0x3FE13F0240000000>, %bb127 ], [ %v142, %bb131 ]
  %acc134 = phi i8 [ 127, %bb127 ], [ %v143, %bb131 ]
  %acc135 = phi <8 x i32> [ %v123, %bb127 ], [ %v144, %bb131 ]
  %v136 = extractelement <8 x i32> %v95, i32 3
  %v137 = extractelement <8 x i32> %v123, i32 1
  %v138 = shufflevector <8 x i32> %v123, <8 x i32> %acc135, <8 x i32> <i32 4, i32 12, i32 14, i32 1, i32 8, i32 4, i32 10, i32 14>
  %v139 = mul i1 false, %v92
  %v140 = or i8 %acc134, 1
  %v141 = urem i8 2, %v140
  %v142 = fmul <8 x float> %acc133, %v94
  %v143 = mul i8 %acc134, %acc134
  %v144 = xor <8 x i32> %acc135, %v138
  %inext145 = add i32 %i132, 1
  %c146 = icmp slt i32 %inext145, 1
  br i1 %c146, label %bb131, label %bb147
bb147:
  %v148 = shufflevector <8 x i32> %v123, <8 x i32> <i32 2, i32 1850892489, i32 1, i32 0, i32 3, i32 2147483647, i32 0, i32 -2147483648>, <8 x i32> <i32 7, i32 6, i32 14, i32 2, i32 2, i32 3, i32 4, i32 8>
  %v149 = fmul <2 x double> %acc129, %acc129
  %v150 = fmul <8 x float> %acc130, %acc130
  %inext151 = add i32 %i128, 1
  %c152 = icmp slt i32 %inext151, 3
  br i1 %c152, label %bb127, label %bb153
bb153:
  %v154 = call i8 @llvm.ctpop.i8(i8 %v143)
  %v155 = fcmp une <2 x double> %v149, %v93
  %v156 = select <2 x i1> %v155, <2 x double> %v115, <2 x double> %v149
  %v157 = extractelement <8 x i32> %acc135, i32 2
  %v158 = uitofp i1 %v139 to double
  %v159 = insertelement <2 x double> <double 0x8000000000000000, double 0xC05BD9EE5A53B3DB>, double %v158, i32 0
  %v160 = fadd <2 x double> %v156, %v159
  %v161 = uitofp i8 %v126 to double
  %v162 = insertelement <2 x double> <double 0xBDBC5C836BF8B907, double 0x7FF0000000000000>, double %v161, i32 1
  %v163 = fadd <2 x double> %v160, %v162
  %v164 = extractelement <8 x i32> %v95, i32 3
  %v165 = uitofp i32 %v164 to double
  %v166 = insertelement <2 x double> <double 0xC02E275F3DDC4EB8, double 0xC010000000000000>, double %v165, i32 0
  %v167 = fadd <2 x double> %v163, %v166
  %v168 = uitofp i8 %v143 to double
  %v169 = insertelement <2 x double> <double 0x3FB61A91A22C3523, double 0x0000000000000000>, double %v168, i32 1
  %v170 = fadd <2 x double> %v167, %v169
  %v171 = extractelement <8 x float> %acc130, i32 4
  %v172 = fpext float %v171 to double
  %v173 = insertelement <2 x double> <double 0x4010000000000000, double 0x8000000000000000>, double %v172, i32 1
  %v174 = fadd <2 x double> %v170, %v173
  %v175 = extractelement <8 x i32> %v124, i32 1
  %v176 = sitofp i32 %v175 to double
  %v177 = insertelement <2 x double> <double 0x8000000000000000, double 0x8000000000000000>, double %v176, i32 1
  %v178 = fadd <2 x double> %v174, %v177
  %v179 = extractelement <8 x i32> %v123, i32 0
  %v180 = uitofp i32 %v179 to double
  %v181 = insertelement <2 x double> <double 0x7FF0000000000000, double 0xC000000000000000>, double %v180, i32 0
  %v182 = fadd <2 x double> %v178, %v181
  %v183 = fcmp uno <2 x double> %v182, %v182
  %v184 = select <2 x i1> %v183, <2 x double> zeroinitializer, <2 x double> %v182
  ret <2 x double> %v184
}

declare i1 @llvm.abs.i1(i1, i1)
declare i8 @llvm.ctpop.i8(i8)
declare <2 x double> @llvm.fabs.v2f64(<2 x double>)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare i7 @llvm.umax.i7(i7, i7)
