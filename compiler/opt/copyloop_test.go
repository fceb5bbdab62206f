package opt

import "testing"

// CopyLoops on IR text: a byte loop copying downwards becomes a guarded
// memory.copy, the exit edge's value recomputed; loops that do more than
// copy stay as they are (their execution is checked in
// backend.TestCopyLoops).
func TestCopyLoops(t *testing.T) {
	checkPass(t, "down", CopyLoops, `
func "f"(i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32):
    v3:i32 = iconst 1
    jump b1(v2)
b1(v4:i32):
    v5:i32 = iadd v0, v4
    v6:i32 = iadd v1, v4
    v7:i32 = load8_u 0 v6
    store8 0 v5, v7
    v8:i32 = isub v4, v3
    brif v8, b1(v8), b2
b2:
    return v8
}`, `
func "f"(i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32):
    v3:i32 = iconst 1
    jump b3(v2)
b1(v4:i32):
    v5:i32 = iadd v0, v4
    v6:i32 = iadd v1, v4
    v7:i32 = load8_u 0 v6
    store8 0 v5, v7
    v8:i32 = isub v4, v3
    brif v8, b1(v8), b2(v8)
b2(v9:i32):
    return v9
b3(v10:i32):
    v11:i32 = iconst -1
    v12:i32 = iadd v10, v11
    v13:i64 = extend_u v12
    v14:i64 = iconst 0
    v15:i32 = icmp ge_u v13, v14
    v16:i64 = isub v13, v14
    v17:i64 = iconst 15
    v18:i32 = icmp ge_u v16, v17
    v19:i32 = iand v15, v18
    brif v19, b4, b1(v10)
b4:
    v20:i32 = wrap v16
    v21:i32 = isub v10, v20
    v22:i32 = iadd v21, v0
    v23:i64 = extend_u v22
    v24:i64 = iconst 1
    v25:i64 = iadd v16, v24
    v26:i32 = memory_size
    v27:i64 = extend_u v26
    v28:i64 = iconst 16
    v29:i64 = ishl v27, v28
    v30:i64 = iadd v23, v25
    v31:i32 = icmp le_u v30, v29
    v32:i32 = isub v10, v20
    v33:i32 = iadd v32, v1
    v34:i64 = extend_u v33
    v35:i64 = iadd v34, v25
    v36:i32 = icmp le_u v35, v29
    v37:i32 = icmp ge_u v23, v34
    v38:i64 = iadd v23, v25
    v39:i32 = icmp le_u v38, v34
    v40:i32 = ior v37, v39
    v41:i32 = iand v31, v36
    v42:i32 = iand v41, v40
    brif v42, b5, b1(v10)
b5:
    v43:i32 = wrap v23
    v44:i32 = wrap v34
    v45:i32 = wrap v25
    memory_copy v43, v44, v45
    v46:i32 = isub v10, v20
    v47:i32 = iconst -1
    v48:i32 = iadd v46, v47
    jump b2(v48)
}`)
	// The loaded byte is used twice: not a copy.
	checkPass(t, "two-uses", CopyLoops, `
func "f"(i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32):
    v3:i32 = iconst 1
    jump b1(v2)
b1(v4:i32):
    v5:i32 = iadd v0, v4
    v6:i32 = iadd v1, v4
    v7:i32 = load8_u 0 v6
    store8 0 v5, v7
    store8 1 v5, v7
    v8:i32 = isub v4, v3
    brif v8, b1(v8), b2
b2:
    return v8
}`, "")
	// Counting with a signed test: its trip count is not computed.
	checkPass(t, "signed", CopyLoops, `
func "f"(i32, i32, i32) -> (i32) {
b0(v0:i32, v1:i32, v2:i32):
    v3:i32 = iconst 1
    v4:i32 = iconst 0
    jump b1(v2)
b1(v5:i32):
    v6:i32 = iadd v0, v5
    v7:i32 = iadd v1, v5
    v8:i32 = load8_u 0 v7
    store8 0 v6, v8
    v9:i32 = isub v5, v3
    v10:i32 = icmp gt_s v9, v4
    brif v10, b1(v9), b2
b2:
    return v9
}`, "")
}
