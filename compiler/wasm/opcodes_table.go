// The opcode table of the WebAssembly 2.0 binary format: every instruction,
// its immediates and, for the ones with a fixed signature, its operand types.

package wasm

// Opcodes. Prefixed instructions carry their prefix byte in the high byte:
// 0xFC00|n for the 0xFC prefix, 0xFD00|n for SIMD.
const (
	OpUnreachable               Opcode = 0x00
	OpNop                       Opcode = 0x01
	OpBlock                     Opcode = 0x02
	OpLoop                      Opcode = 0x03
	OpIf                        Opcode = 0x04
	OpElse                      Opcode = 0x05
	OpEnd                       Opcode = 0x0b
	OpBr                        Opcode = 0x0c
	OpBrIf                      Opcode = 0x0d
	OpBrTable                   Opcode = 0x0e
	OpReturn                    Opcode = 0x0f
	OpCall                      Opcode = 0x10
	OpCallIndirect              Opcode = 0x11
	OpDrop                      Opcode = 0x1a
	OpSelect                    Opcode = 0x1b
	OpSelectT                   Opcode = 0x1c
	OpLocalGet                  Opcode = 0x20
	OpLocalSet                  Opcode = 0x21
	OpLocalTee                  Opcode = 0x22
	OpGlobalGet                 Opcode = 0x23
	OpGlobalSet                 Opcode = 0x24
	OpTableGet                  Opcode = 0x25
	OpTableSet                  Opcode = 0x26
	OpI32Load                   Opcode = 0x28
	OpI64Load                   Opcode = 0x29
	OpF32Load                   Opcode = 0x2a
	OpF64Load                   Opcode = 0x2b
	OpI32Load8S                 Opcode = 0x2c
	OpI32Load8U                 Opcode = 0x2d
	OpI32Load16S                Opcode = 0x2e
	OpI32Load16U                Opcode = 0x2f
	OpI64Load8S                 Opcode = 0x30
	OpI64Load8U                 Opcode = 0x31
	OpI64Load16S                Opcode = 0x32
	OpI64Load16U                Opcode = 0x33
	OpI64Load32S                Opcode = 0x34
	OpI64Load32U                Opcode = 0x35
	OpI32Store                  Opcode = 0x36
	OpI64Store                  Opcode = 0x37
	OpF32Store                  Opcode = 0x38
	OpF64Store                  Opcode = 0x39
	OpI32Store8                 Opcode = 0x3a
	OpI32Store16                Opcode = 0x3b
	OpI64Store8                 Opcode = 0x3c
	OpI64Store16                Opcode = 0x3d
	OpI64Store32                Opcode = 0x3e
	OpMemorySize                Opcode = 0x3f
	OpMemoryGrow                Opcode = 0x40
	OpI32Const                  Opcode = 0x41
	OpI64Const                  Opcode = 0x42
	OpF32Const                  Opcode = 0x43
	OpF64Const                  Opcode = 0x44
	OpI32Eqz                    Opcode = 0x45
	OpI32Eq                     Opcode = 0x46
	OpI32Ne                     Opcode = 0x47
	OpI32LtS                    Opcode = 0x48
	OpI32LtU                    Opcode = 0x49
	OpI32GtS                    Opcode = 0x4a
	OpI32GtU                    Opcode = 0x4b
	OpI32LeS                    Opcode = 0x4c
	OpI32LeU                    Opcode = 0x4d
	OpI32GeS                    Opcode = 0x4e
	OpI32GeU                    Opcode = 0x4f
	OpI64Eqz                    Opcode = 0x50
	OpI64Eq                     Opcode = 0x51
	OpI64Ne                     Opcode = 0x52
	OpI64LtS                    Opcode = 0x53
	OpI64LtU                    Opcode = 0x54
	OpI64GtS                    Opcode = 0x55
	OpI64GtU                    Opcode = 0x56
	OpI64LeS                    Opcode = 0x57
	OpI64LeU                    Opcode = 0x58
	OpI64GeS                    Opcode = 0x59
	OpI64GeU                    Opcode = 0x5a
	OpF32Eq                     Opcode = 0x5b
	OpF32Ne                     Opcode = 0x5c
	OpF32Lt                     Opcode = 0x5d
	OpF32Gt                     Opcode = 0x5e
	OpF32Le                     Opcode = 0x5f
	OpF32Ge                     Opcode = 0x60
	OpF64Eq                     Opcode = 0x61
	OpF64Ne                     Opcode = 0x62
	OpF64Lt                     Opcode = 0x63
	OpF64Gt                     Opcode = 0x64
	OpF64Le                     Opcode = 0x65
	OpF64Ge                     Opcode = 0x66
	OpI32Clz                    Opcode = 0x67
	OpI32Ctz                    Opcode = 0x68
	OpI32Popcnt                 Opcode = 0x69
	OpI32Add                    Opcode = 0x6a
	OpI32Sub                    Opcode = 0x6b
	OpI32Mul                    Opcode = 0x6c
	OpI32DivS                   Opcode = 0x6d
	OpI32DivU                   Opcode = 0x6e
	OpI32RemS                   Opcode = 0x6f
	OpI32RemU                   Opcode = 0x70
	OpI32And                    Opcode = 0x71
	OpI32Or                     Opcode = 0x72
	OpI32Xor                    Opcode = 0x73
	OpI32Shl                    Opcode = 0x74
	OpI32ShrS                   Opcode = 0x75
	OpI32ShrU                   Opcode = 0x76
	OpI32Rotl                   Opcode = 0x77
	OpI32Rotr                   Opcode = 0x78
	OpI64Clz                    Opcode = 0x79
	OpI64Ctz                    Opcode = 0x7a
	OpI64Popcnt                 Opcode = 0x7b
	OpI64Add                    Opcode = 0x7c
	OpI64Sub                    Opcode = 0x7d
	OpI64Mul                    Opcode = 0x7e
	OpI64DivS                   Opcode = 0x7f
	OpI64DivU                   Opcode = 0x80
	OpI64RemS                   Opcode = 0x81
	OpI64RemU                   Opcode = 0x82
	OpI64And                    Opcode = 0x83
	OpI64Or                     Opcode = 0x84
	OpI64Xor                    Opcode = 0x85
	OpI64Shl                    Opcode = 0x86
	OpI64ShrS                   Opcode = 0x87
	OpI64ShrU                   Opcode = 0x88
	OpI64Rotl                   Opcode = 0x89
	OpI64Rotr                   Opcode = 0x8a
	OpF32Abs                    Opcode = 0x8b
	OpF32Neg                    Opcode = 0x8c
	OpF32Ceil                   Opcode = 0x8d
	OpF32Floor                  Opcode = 0x8e
	OpF32Trunc                  Opcode = 0x8f
	OpF32Nearest                Opcode = 0x90
	OpF32Sqrt                   Opcode = 0x91
	OpF32Add                    Opcode = 0x92
	OpF32Sub                    Opcode = 0x93
	OpF32Mul                    Opcode = 0x94
	OpF32Div                    Opcode = 0x95
	OpF32Min                    Opcode = 0x96
	OpF32Max                    Opcode = 0x97
	OpF32Copysign               Opcode = 0x98
	OpF64Abs                    Opcode = 0x99
	OpF64Neg                    Opcode = 0x9a
	OpF64Ceil                   Opcode = 0x9b
	OpF64Floor                  Opcode = 0x9c
	OpF64Trunc                  Opcode = 0x9d
	OpF64Nearest                Opcode = 0x9e
	OpF64Sqrt                   Opcode = 0x9f
	OpF64Add                    Opcode = 0xa0
	OpF64Sub                    Opcode = 0xa1
	OpF64Mul                    Opcode = 0xa2
	OpF64Div                    Opcode = 0xa3
	OpF64Min                    Opcode = 0xa4
	OpF64Max                    Opcode = 0xa5
	OpF64Copysign               Opcode = 0xa6
	OpI32WrapI64                Opcode = 0xa7
	OpI32TruncF32S              Opcode = 0xa8
	OpI32TruncF32U              Opcode = 0xa9
	OpI32TruncF64S              Opcode = 0xaa
	OpI32TruncF64U              Opcode = 0xab
	OpI64ExtendI32S             Opcode = 0xac
	OpI64ExtendI32U             Opcode = 0xad
	OpI64TruncF32S              Opcode = 0xae
	OpI64TruncF32U              Opcode = 0xaf
	OpI64TruncF64S              Opcode = 0xb0
	OpI64TruncF64U              Opcode = 0xb1
	OpF32ConvertI32S            Opcode = 0xb2
	OpF32ConvertI32U            Opcode = 0xb3
	OpF32ConvertI64S            Opcode = 0xb4
	OpF32ConvertI64U            Opcode = 0xb5
	OpF32DemoteF64              Opcode = 0xb6
	OpF64ConvertI32S            Opcode = 0xb7
	OpF64ConvertI32U            Opcode = 0xb8
	OpF64ConvertI64S            Opcode = 0xb9
	OpF64ConvertI64U            Opcode = 0xba
	OpF64PromoteF32             Opcode = 0xbb
	OpI32ReinterpretF32         Opcode = 0xbc
	OpI64ReinterpretF64         Opcode = 0xbd
	OpF32ReinterpretI32         Opcode = 0xbe
	OpF64ReinterpretI64         Opcode = 0xbf
	OpI32Extend8S               Opcode = 0xc0
	OpI32Extend16S              Opcode = 0xc1
	OpI64Extend8S               Opcode = 0xc2
	OpI64Extend16S              Opcode = 0xc3
	OpI64Extend32S              Opcode = 0xc4
	OpRefNull                   Opcode = 0xd0
	OpRefIsNull                 Opcode = 0xd1
	OpRefFunc                   Opcode = 0xd2
	OpI32TruncSatF32S           Opcode = 0xFC00 | 0x00
	OpI32TruncSatF32U           Opcode = 0xFC00 | 0x01
	OpI32TruncSatF64S           Opcode = 0xFC00 | 0x02
	OpI32TruncSatF64U           Opcode = 0xFC00 | 0x03
	OpI64TruncSatF32S           Opcode = 0xFC00 | 0x04
	OpI64TruncSatF32U           Opcode = 0xFC00 | 0x05
	OpI64TruncSatF64S           Opcode = 0xFC00 | 0x06
	OpI64TruncSatF64U           Opcode = 0xFC00 | 0x07
	OpMemoryInit                Opcode = 0xFC00 | 0x08
	OpDataDrop                  Opcode = 0xFC00 | 0x09
	OpMemoryCopy                Opcode = 0xFC00 | 0x0a
	OpMemoryFill                Opcode = 0xFC00 | 0x0b
	OpTableInit                 Opcode = 0xFC00 | 0x0c
	OpElemDrop                  Opcode = 0xFC00 | 0x0d
	OpTableCopy                 Opcode = 0xFC00 | 0x0e
	OpTableGrow                 Opcode = 0xFC00 | 0x0f
	OpTableSize                 Opcode = 0xFC00 | 0x10
	OpTableFill                 Opcode = 0xFC00 | 0x11
	OpV128Load                  Opcode = 0xFD00 | 0x00
	OpV128Load8x8S              Opcode = 0xFD00 | 0x01
	OpV128Load8x8U              Opcode = 0xFD00 | 0x02
	OpV128Load16x4S             Opcode = 0xFD00 | 0x03
	OpV128Load16x4U             Opcode = 0xFD00 | 0x04
	OpV128Load32x2S             Opcode = 0xFD00 | 0x05
	OpV128Load32x2U             Opcode = 0xFD00 | 0x06
	OpV128Load8Splat            Opcode = 0xFD00 | 0x07
	OpV128Load16Splat           Opcode = 0xFD00 | 0x08
	OpV128Load32Splat           Opcode = 0xFD00 | 0x09
	OpV128Load64Splat           Opcode = 0xFD00 | 0x0a
	OpV128Store                 Opcode = 0xFD00 | 0x0b
	OpV128Const                 Opcode = 0xFD00 | 0x0c
	OpI8x16Shuffle              Opcode = 0xFD00 | 0x0d
	OpI8x16Swizzle              Opcode = 0xFD00 | 0x0e
	OpI8x16Splat                Opcode = 0xFD00 | 0x0f
	OpI16x8Splat                Opcode = 0xFD00 | 0x10
	OpI32x4Splat                Opcode = 0xFD00 | 0x11
	OpI64x2Splat                Opcode = 0xFD00 | 0x12
	OpF32x4Splat                Opcode = 0xFD00 | 0x13
	OpF64x2Splat                Opcode = 0xFD00 | 0x14
	OpI8x16ExtractLaneS         Opcode = 0xFD00 | 0x15
	OpI8x16ExtractLaneU         Opcode = 0xFD00 | 0x16
	OpI8x16ReplaceLane          Opcode = 0xFD00 | 0x17
	OpI16x8ExtractLaneS         Opcode = 0xFD00 | 0x18
	OpI16x8ExtractLaneU         Opcode = 0xFD00 | 0x19
	OpI16x8ReplaceLane          Opcode = 0xFD00 | 0x1a
	OpI32x4ExtractLane          Opcode = 0xFD00 | 0x1b
	OpI32x4ReplaceLane          Opcode = 0xFD00 | 0x1c
	OpI64x2ExtractLane          Opcode = 0xFD00 | 0x1d
	OpI64x2ReplaceLane          Opcode = 0xFD00 | 0x1e
	OpF32x4ExtractLane          Opcode = 0xFD00 | 0x1f
	OpF32x4ReplaceLane          Opcode = 0xFD00 | 0x20
	OpF64x2ExtractLane          Opcode = 0xFD00 | 0x21
	OpF64x2ReplaceLane          Opcode = 0xFD00 | 0x22
	OpI8x16Eq                   Opcode = 0xFD00 | 0x23
	OpI8x16Ne                   Opcode = 0xFD00 | 0x24
	OpI8x16LtS                  Opcode = 0xFD00 | 0x25
	OpI8x16LtU                  Opcode = 0xFD00 | 0x26
	OpI8x16GtS                  Opcode = 0xFD00 | 0x27
	OpI8x16GtU                  Opcode = 0xFD00 | 0x28
	OpI8x16LeS                  Opcode = 0xFD00 | 0x29
	OpI8x16LeU                  Opcode = 0xFD00 | 0x2a
	OpI8x16GeS                  Opcode = 0xFD00 | 0x2b
	OpI8x16GeU                  Opcode = 0xFD00 | 0x2c
	OpI16x8Eq                   Opcode = 0xFD00 | 0x2d
	OpI16x8Ne                   Opcode = 0xFD00 | 0x2e
	OpI16x8LtS                  Opcode = 0xFD00 | 0x2f
	OpI16x8LtU                  Opcode = 0xFD00 | 0x30
	OpI16x8GtS                  Opcode = 0xFD00 | 0x31
	OpI16x8GtU                  Opcode = 0xFD00 | 0x32
	OpI16x8LeS                  Opcode = 0xFD00 | 0x33
	OpI16x8LeU                  Opcode = 0xFD00 | 0x34
	OpI16x8GeS                  Opcode = 0xFD00 | 0x35
	OpI16x8GeU                  Opcode = 0xFD00 | 0x36
	OpI32x4Eq                   Opcode = 0xFD00 | 0x37
	OpI32x4Ne                   Opcode = 0xFD00 | 0x38
	OpI32x4LtS                  Opcode = 0xFD00 | 0x39
	OpI32x4LtU                  Opcode = 0xFD00 | 0x3a
	OpI32x4GtS                  Opcode = 0xFD00 | 0x3b
	OpI32x4GtU                  Opcode = 0xFD00 | 0x3c
	OpI32x4LeS                  Opcode = 0xFD00 | 0x3d
	OpI32x4LeU                  Opcode = 0xFD00 | 0x3e
	OpI32x4GeS                  Opcode = 0xFD00 | 0x3f
	OpI32x4GeU                  Opcode = 0xFD00 | 0x40
	OpF32x4Eq                   Opcode = 0xFD00 | 0x41
	OpF32x4Ne                   Opcode = 0xFD00 | 0x42
	OpF32x4Lt                   Opcode = 0xFD00 | 0x43
	OpF32x4Gt                   Opcode = 0xFD00 | 0x44
	OpF32x4Le                   Opcode = 0xFD00 | 0x45
	OpF32x4Ge                   Opcode = 0xFD00 | 0x46
	OpF64x2Eq                   Opcode = 0xFD00 | 0x47
	OpF64x2Ne                   Opcode = 0xFD00 | 0x48
	OpF64x2Lt                   Opcode = 0xFD00 | 0x49
	OpF64x2Gt                   Opcode = 0xFD00 | 0x4a
	OpF64x2Le                   Opcode = 0xFD00 | 0x4b
	OpF64x2Ge                   Opcode = 0xFD00 | 0x4c
	OpV128Not                   Opcode = 0xFD00 | 0x4d
	OpV128And                   Opcode = 0xFD00 | 0x4e
	OpV128Andnot                Opcode = 0xFD00 | 0x4f
	OpV128Or                    Opcode = 0xFD00 | 0x50
	OpV128Xor                   Opcode = 0xFD00 | 0x51
	OpV128Bitselect             Opcode = 0xFD00 | 0x52
	OpV128AnyTrue               Opcode = 0xFD00 | 0x53
	OpV128Load8Lane             Opcode = 0xFD00 | 0x54
	OpV128Load16Lane            Opcode = 0xFD00 | 0x55
	OpV128Load32Lane            Opcode = 0xFD00 | 0x56
	OpV128Load64Lane            Opcode = 0xFD00 | 0x57
	OpV128Store8Lane            Opcode = 0xFD00 | 0x58
	OpV128Store16Lane           Opcode = 0xFD00 | 0x59
	OpV128Store32Lane           Opcode = 0xFD00 | 0x5a
	OpV128Store64Lane           Opcode = 0xFD00 | 0x5b
	OpV128Load32Zero            Opcode = 0xFD00 | 0x5c
	OpV128Load64Zero            Opcode = 0xFD00 | 0x5d
	OpF32x4DemoteF64x2Zero      Opcode = 0xFD00 | 0x5e
	OpF64x2PromoteLowF32x4      Opcode = 0xFD00 | 0x5f
	OpI8x16Abs                  Opcode = 0xFD00 | 0x60
	OpI8x16Neg                  Opcode = 0xFD00 | 0x61
	OpI8x16Popcnt               Opcode = 0xFD00 | 0x62
	OpI8x16AllTrue              Opcode = 0xFD00 | 0x63
	OpI8x16Bitmask              Opcode = 0xFD00 | 0x64
	OpI8x16NarrowI16x8S         Opcode = 0xFD00 | 0x65
	OpI8x16NarrowI16x8U         Opcode = 0xFD00 | 0x66
	OpF32x4Ceil                 Opcode = 0xFD00 | 0x67
	OpF32x4Floor                Opcode = 0xFD00 | 0x68
	OpF32x4Trunc                Opcode = 0xFD00 | 0x69
	OpF32x4Nearest              Opcode = 0xFD00 | 0x6a
	OpI8x16Shl                  Opcode = 0xFD00 | 0x6b
	OpI8x16ShrS                 Opcode = 0xFD00 | 0x6c
	OpI8x16ShrU                 Opcode = 0xFD00 | 0x6d
	OpI8x16Add                  Opcode = 0xFD00 | 0x6e
	OpI8x16AddSatS              Opcode = 0xFD00 | 0x6f
	OpI8x16AddSatU              Opcode = 0xFD00 | 0x70
	OpI8x16Sub                  Opcode = 0xFD00 | 0x71
	OpI8x16SubSatS              Opcode = 0xFD00 | 0x72
	OpI8x16SubSatU              Opcode = 0xFD00 | 0x73
	OpF64x2Ceil                 Opcode = 0xFD00 | 0x74
	OpF64x2Floor                Opcode = 0xFD00 | 0x75
	OpI8x16MinS                 Opcode = 0xFD00 | 0x76
	OpI8x16MinU                 Opcode = 0xFD00 | 0x77
	OpI8x16MaxS                 Opcode = 0xFD00 | 0x78
	OpI8x16MaxU                 Opcode = 0xFD00 | 0x79
	OpF64x2Trunc                Opcode = 0xFD00 | 0x7a
	OpI8x16AvgrU                Opcode = 0xFD00 | 0x7b
	OpI16x8ExtaddPairwiseI8x16S Opcode = 0xFD00 | 0x7c
	OpI16x8ExtaddPairwiseI8x16U Opcode = 0xFD00 | 0x7d
	OpI32x4ExtaddPairwiseI16x8S Opcode = 0xFD00 | 0x7e
	OpI32x4ExtaddPairwiseI16x8U Opcode = 0xFD00 | 0x7f
	OpI16x8Abs                  Opcode = 0xFD00 | 0x80
	OpI16x8Neg                  Opcode = 0xFD00 | 0x81
	OpI16x8Q15mulrSatS          Opcode = 0xFD00 | 0x82
	OpI16x8AllTrue              Opcode = 0xFD00 | 0x83
	OpI16x8Bitmask              Opcode = 0xFD00 | 0x84
	OpI16x8NarrowI32x4S         Opcode = 0xFD00 | 0x85
	OpI16x8NarrowI32x4U         Opcode = 0xFD00 | 0x86
	OpI16x8ExtendLowI8x16S      Opcode = 0xFD00 | 0x87
	OpI16x8ExtendHighI8x16S     Opcode = 0xFD00 | 0x88
	OpI16x8ExtendLowI8x16U      Opcode = 0xFD00 | 0x89
	OpI16x8ExtendHighI8x16U     Opcode = 0xFD00 | 0x8a
	OpI16x8Shl                  Opcode = 0xFD00 | 0x8b
	OpI16x8ShrS                 Opcode = 0xFD00 | 0x8c
	OpI16x8ShrU                 Opcode = 0xFD00 | 0x8d
	OpI16x8Add                  Opcode = 0xFD00 | 0x8e
	OpI16x8AddSatS              Opcode = 0xFD00 | 0x8f
	OpI16x8AddSatU              Opcode = 0xFD00 | 0x90
	OpI16x8Sub                  Opcode = 0xFD00 | 0x91
	OpI16x8SubSatS              Opcode = 0xFD00 | 0x92
	OpI16x8SubSatU              Opcode = 0xFD00 | 0x93
	OpF64x2Nearest              Opcode = 0xFD00 | 0x94
	OpI16x8Mul                  Opcode = 0xFD00 | 0x95
	OpI16x8MinS                 Opcode = 0xFD00 | 0x96
	OpI16x8MinU                 Opcode = 0xFD00 | 0x97
	OpI16x8MaxS                 Opcode = 0xFD00 | 0x98
	OpI16x8MaxU                 Opcode = 0xFD00 | 0x99
	OpI16x8AvgrU                Opcode = 0xFD00 | 0x9b
	OpI16x8ExtmulLowI8x16S      Opcode = 0xFD00 | 0x9c
	OpI16x8ExtmulHighI8x16S     Opcode = 0xFD00 | 0x9d
	OpI16x8ExtmulLowI8x16U      Opcode = 0xFD00 | 0x9e
	OpI16x8ExtmulHighI8x16U     Opcode = 0xFD00 | 0x9f
	OpI32x4Abs                  Opcode = 0xFD00 | 0xa0
	OpI32x4Neg                  Opcode = 0xFD00 | 0xa1
	OpI32x4AllTrue              Opcode = 0xFD00 | 0xa3
	OpI32x4Bitmask              Opcode = 0xFD00 | 0xa4
	OpI32x4ExtendLowI16x8S      Opcode = 0xFD00 | 0xa7
	OpI32x4ExtendHighI16x8S     Opcode = 0xFD00 | 0xa8
	OpI32x4ExtendLowI16x8U      Opcode = 0xFD00 | 0xa9
	OpI32x4ExtendHighI16x8U     Opcode = 0xFD00 | 0xaa
	OpI32x4Shl                  Opcode = 0xFD00 | 0xab
	OpI32x4ShrS                 Opcode = 0xFD00 | 0xac
	OpI32x4ShrU                 Opcode = 0xFD00 | 0xad
	OpI32x4Add                  Opcode = 0xFD00 | 0xae
	OpI32x4Sub                  Opcode = 0xFD00 | 0xb1
	OpI32x4Mul                  Opcode = 0xFD00 | 0xb5
	OpI32x4MinS                 Opcode = 0xFD00 | 0xb6
	OpI32x4MinU                 Opcode = 0xFD00 | 0xb7
	OpI32x4MaxS                 Opcode = 0xFD00 | 0xb8
	OpI32x4MaxU                 Opcode = 0xFD00 | 0xb9
	OpI32x4DotI16x8S            Opcode = 0xFD00 | 0xba
	OpI32x4ExtmulLowI16x8S      Opcode = 0xFD00 | 0xbc
	OpI32x4ExtmulHighI16x8S     Opcode = 0xFD00 | 0xbd
	OpI32x4ExtmulLowI16x8U      Opcode = 0xFD00 | 0xbe
	OpI32x4ExtmulHighI16x8U     Opcode = 0xFD00 | 0xbf
	OpI64x2Abs                  Opcode = 0xFD00 | 0xc0
	OpI64x2Neg                  Opcode = 0xFD00 | 0xc1
	OpI64x2AllTrue              Opcode = 0xFD00 | 0xc3
	OpI64x2Bitmask              Opcode = 0xFD00 | 0xc4
	OpI64x2ExtendLowI32x4S      Opcode = 0xFD00 | 0xc7
	OpI64x2ExtendHighI32x4S     Opcode = 0xFD00 | 0xc8
	OpI64x2ExtendLowI32x4U      Opcode = 0xFD00 | 0xc9
	OpI64x2ExtendHighI32x4U     Opcode = 0xFD00 | 0xca
	OpI64x2Shl                  Opcode = 0xFD00 | 0xcb
	OpI64x2ShrS                 Opcode = 0xFD00 | 0xcc
	OpI64x2ShrU                 Opcode = 0xFD00 | 0xcd
	OpI64x2Add                  Opcode = 0xFD00 | 0xce
	OpI64x2Sub                  Opcode = 0xFD00 | 0xd1
	OpI64x2Mul                  Opcode = 0xFD00 | 0xd5
	OpI64x2Eq                   Opcode = 0xFD00 | 0xd6
	OpI64x2Ne                   Opcode = 0xFD00 | 0xd7
	OpI64x2LtS                  Opcode = 0xFD00 | 0xd8
	OpI64x2GtS                  Opcode = 0xFD00 | 0xd9
	OpI64x2LeS                  Opcode = 0xFD00 | 0xda
	OpI64x2GeS                  Opcode = 0xFD00 | 0xdb
	OpI64x2ExtmulLowI32x4S      Opcode = 0xFD00 | 0xdc
	OpI64x2ExtmulHighI32x4S     Opcode = 0xFD00 | 0xdd
	OpI64x2ExtmulLowI32x4U      Opcode = 0xFD00 | 0xde
	OpI64x2ExtmulHighI32x4U     Opcode = 0xFD00 | 0xdf
	OpF32x4Abs                  Opcode = 0xFD00 | 0xe0
	OpF32x4Neg                  Opcode = 0xFD00 | 0xe1
	OpF32x4Sqrt                 Opcode = 0xFD00 | 0xe3
	OpF32x4Add                  Opcode = 0xFD00 | 0xe4
	OpF32x4Sub                  Opcode = 0xFD00 | 0xe5
	OpF32x4Mul                  Opcode = 0xFD00 | 0xe6
	OpF32x4Div                  Opcode = 0xFD00 | 0xe7
	OpF32x4Min                  Opcode = 0xFD00 | 0xe8
	OpF32x4Max                  Opcode = 0xFD00 | 0xe9
	OpF32x4Pmin                 Opcode = 0xFD00 | 0xea
	OpF32x4Pmax                 Opcode = 0xFD00 | 0xeb
	OpF64x2Abs                  Opcode = 0xFD00 | 0xec
	OpF64x2Neg                  Opcode = 0xFD00 | 0xed
	OpF64x2Sqrt                 Opcode = 0xFD00 | 0xef
	OpF64x2Add                  Opcode = 0xFD00 | 0xf0
	OpF64x2Sub                  Opcode = 0xFD00 | 0xf1
	OpF64x2Mul                  Opcode = 0xFD00 | 0xf2
	OpF64x2Div                  Opcode = 0xFD00 | 0xf3
	OpF64x2Min                  Opcode = 0xFD00 | 0xf4
	OpF64x2Max                  Opcode = 0xFD00 | 0xf5
	OpF64x2Pmin                 Opcode = 0xFD00 | 0xf6
	OpF64x2Pmax                 Opcode = 0xFD00 | 0xf7
	OpI32x4TruncSatF32x4S       Opcode = 0xFD00 | 0xf8
	OpI32x4TruncSatF32x4U       Opcode = 0xFD00 | 0xf9
	OpF32x4ConvertI32x4S        Opcode = 0xFD00 | 0xfa
	OpF32x4ConvertI32x4U        Opcode = 0xFD00 | 0xfb
	OpI32x4TruncSatF64x2SZero   Opcode = 0xFD00 | 0xfc
	OpI32x4TruncSatF64x2UZero   Opcode = 0xFD00 | 0xfd
	OpF64x2ConvertLowI32x4S     Opcode = 0xFD00 | 0xfe
	OpF64x2ConvertLowI32x4U     Opcode = 0xFD00 | 0xff
)

var plainOps = [...]opDef{
	{OpUnreachable, "unreachable", ImmNone, "*", 0, 0},
	{OpNop, "nop", ImmNone, ":", 0, 0},
	{OpBlock, "block", ImmBlock, "*", 0, 0},
	{OpLoop, "loop", ImmBlock, "*", 0, 0},
	{OpIf, "if", ImmBlock, "*", 0, 0},
	{OpElse, "else", ImmNone, "*", 0, 0},
	{OpEnd, "end", ImmNone, "*", 0, 0},
	{OpBr, "br", ImmLabel, "*", 0, 0},
	{OpBrIf, "br_if", ImmLabel, "*", 0, 0},
	{OpBrTable, "br_table", ImmBrTable, "*", 0, 0},
	{OpReturn, "return", ImmNone, "*", 0, 0},
	{OpCall, "call", ImmFunc, "*", 0, 0},
	{OpCallIndirect, "call_indirect", ImmCallIndirect, "*", 0, 0},
	{OpDrop, "drop", ImmNone, "*", 0, 0},
	{OpSelect, "select", ImmNone, "*", 0, 0},
	{OpSelectT, "select", ImmSelectType, "*", 0, 0},
	{OpLocalGet, "local.get", ImmLocal, "*", 0, 0},
	{OpLocalSet, "local.set", ImmLocal, "*", 0, 0},
	{OpLocalTee, "local.tee", ImmLocal, "*", 0, 0},
	{OpGlobalGet, "global.get", ImmGlobal, "*", 0, 0},
	{OpGlobalSet, "global.set", ImmGlobal, "*", 0, 0},
	{OpTableGet, "table.get", ImmTable, "*", 0, 0},
	{OpTableSet, "table.set", ImmTable, "*", 0, 0},
	{OpI32Load, "i32.load", ImmMemArg, "i:i", 2, 0},
	{OpI64Load, "i64.load", ImmMemArg, "i:I", 3, 0},
	{OpF32Load, "f32.load", ImmMemArg, "i:f", 2, 0},
	{OpF64Load, "f64.load", ImmMemArg, "i:F", 3, 0},
	{OpI32Load8S, "i32.load8_s", ImmMemArg, "i:i", 0, 0},
	{OpI32Load8U, "i32.load8_u", ImmMemArg, "i:i", 0, 0},
	{OpI32Load16S, "i32.load16_s", ImmMemArg, "i:i", 1, 0},
	{OpI32Load16U, "i32.load16_u", ImmMemArg, "i:i", 1, 0},
	{OpI64Load8S, "i64.load8_s", ImmMemArg, "i:I", 0, 0},
	{OpI64Load8U, "i64.load8_u", ImmMemArg, "i:I", 0, 0},
	{OpI64Load16S, "i64.load16_s", ImmMemArg, "i:I", 1, 0},
	{OpI64Load16U, "i64.load16_u", ImmMemArg, "i:I", 1, 0},
	{OpI64Load32S, "i64.load32_s", ImmMemArg, "i:I", 2, 0},
	{OpI64Load32U, "i64.load32_u", ImmMemArg, "i:I", 2, 0},
	{OpI32Store, "i32.store", ImmMemArg, "ii:", 2, 0},
	{OpI64Store, "i64.store", ImmMemArg, "iI:", 3, 0},
	{OpF32Store, "f32.store", ImmMemArg, "if:", 2, 0},
	{OpF64Store, "f64.store", ImmMemArg, "iF:", 3, 0},
	{OpI32Store8, "i32.store8", ImmMemArg, "ii:", 0, 0},
	{OpI32Store16, "i32.store16", ImmMemArg, "ii:", 1, 0},
	{OpI64Store8, "i64.store8", ImmMemArg, "iI:", 0, 0},
	{OpI64Store16, "i64.store16", ImmMemArg, "iI:", 1, 0},
	{OpI64Store32, "i64.store32", ImmMemArg, "iI:", 2, 0},
	{OpMemorySize, "memory.size", ImmMemory, ":i", 0, 0},
	{OpMemoryGrow, "memory.grow", ImmMemory, "i:i", 0, 0},
	{OpI32Const, "i32.const", ImmI32, ":i", 0, 0},
	{OpI64Const, "i64.const", ImmI64, ":I", 0, 0},
	{OpF32Const, "f32.const", ImmF32, ":f", 0, 0},
	{OpF64Const, "f64.const", ImmF64, ":F", 0, 0},
	{OpI32Eqz, "i32.eqz", ImmNone, "i:i", 0, 0},
	{OpI32Eq, "i32.eq", ImmNone, "ii:i", 0, 0},
	{OpI32Ne, "i32.ne", ImmNone, "ii:i", 0, 0},
	{OpI32LtS, "i32.lt_s", ImmNone, "ii:i", 0, 0},
	{OpI32LtU, "i32.lt_u", ImmNone, "ii:i", 0, 0},
	{OpI32GtS, "i32.gt_s", ImmNone, "ii:i", 0, 0},
	{OpI32GtU, "i32.gt_u", ImmNone, "ii:i", 0, 0},
	{OpI32LeS, "i32.le_s", ImmNone, "ii:i", 0, 0},
	{OpI32LeU, "i32.le_u", ImmNone, "ii:i", 0, 0},
	{OpI32GeS, "i32.ge_s", ImmNone, "ii:i", 0, 0},
	{OpI32GeU, "i32.ge_u", ImmNone, "ii:i", 0, 0},
	{OpI64Eqz, "i64.eqz", ImmNone, "I:i", 0, 0},
	{OpI64Eq, "i64.eq", ImmNone, "II:i", 0, 0},
	{OpI64Ne, "i64.ne", ImmNone, "II:i", 0, 0},
	{OpI64LtS, "i64.lt_s", ImmNone, "II:i", 0, 0},
	{OpI64LtU, "i64.lt_u", ImmNone, "II:i", 0, 0},
	{OpI64GtS, "i64.gt_s", ImmNone, "II:i", 0, 0},
	{OpI64GtU, "i64.gt_u", ImmNone, "II:i", 0, 0},
	{OpI64LeS, "i64.le_s", ImmNone, "II:i", 0, 0},
	{OpI64LeU, "i64.le_u", ImmNone, "II:i", 0, 0},
	{OpI64GeS, "i64.ge_s", ImmNone, "II:i", 0, 0},
	{OpI64GeU, "i64.ge_u", ImmNone, "II:i", 0, 0},
	{OpF32Eq, "f32.eq", ImmNone, "ff:i", 0, 0},
	{OpF32Ne, "f32.ne", ImmNone, "ff:i", 0, 0},
	{OpF32Lt, "f32.lt", ImmNone, "ff:i", 0, 0},
	{OpF32Gt, "f32.gt", ImmNone, "ff:i", 0, 0},
	{OpF32Le, "f32.le", ImmNone, "ff:i", 0, 0},
	{OpF32Ge, "f32.ge", ImmNone, "ff:i", 0, 0},
	{OpF64Eq, "f64.eq", ImmNone, "FF:i", 0, 0},
	{OpF64Ne, "f64.ne", ImmNone, "FF:i", 0, 0},
	{OpF64Lt, "f64.lt", ImmNone, "FF:i", 0, 0},
	{OpF64Gt, "f64.gt", ImmNone, "FF:i", 0, 0},
	{OpF64Le, "f64.le", ImmNone, "FF:i", 0, 0},
	{OpF64Ge, "f64.ge", ImmNone, "FF:i", 0, 0},
	{OpI32Clz, "i32.clz", ImmNone, "i:i", 0, 0},
	{OpI32Ctz, "i32.ctz", ImmNone, "i:i", 0, 0},
	{OpI32Popcnt, "i32.popcnt", ImmNone, "i:i", 0, 0},
	{OpI32Add, "i32.add", ImmNone, "ii:i", 0, 0},
	{OpI32Sub, "i32.sub", ImmNone, "ii:i", 0, 0},
	{OpI32Mul, "i32.mul", ImmNone, "ii:i", 0, 0},
	{OpI32DivS, "i32.div_s", ImmNone, "ii:i", 0, 0},
	{OpI32DivU, "i32.div_u", ImmNone, "ii:i", 0, 0},
	{OpI32RemS, "i32.rem_s", ImmNone, "ii:i", 0, 0},
	{OpI32RemU, "i32.rem_u", ImmNone, "ii:i", 0, 0},
	{OpI32And, "i32.and", ImmNone, "ii:i", 0, 0},
	{OpI32Or, "i32.or", ImmNone, "ii:i", 0, 0},
	{OpI32Xor, "i32.xor", ImmNone, "ii:i", 0, 0},
	{OpI32Shl, "i32.shl", ImmNone, "ii:i", 0, 0},
	{OpI32ShrS, "i32.shr_s", ImmNone, "ii:i", 0, 0},
	{OpI32ShrU, "i32.shr_u", ImmNone, "ii:i", 0, 0},
	{OpI32Rotl, "i32.rotl", ImmNone, "ii:i", 0, 0},
	{OpI32Rotr, "i32.rotr", ImmNone, "ii:i", 0, 0},
	{OpI64Clz, "i64.clz", ImmNone, "I:I", 0, 0},
	{OpI64Ctz, "i64.ctz", ImmNone, "I:I", 0, 0},
	{OpI64Popcnt, "i64.popcnt", ImmNone, "I:I", 0, 0},
	{OpI64Add, "i64.add", ImmNone, "II:I", 0, 0},
	{OpI64Sub, "i64.sub", ImmNone, "II:I", 0, 0},
	{OpI64Mul, "i64.mul", ImmNone, "II:I", 0, 0},
	{OpI64DivS, "i64.div_s", ImmNone, "II:I", 0, 0},
	{OpI64DivU, "i64.div_u", ImmNone, "II:I", 0, 0},
	{OpI64RemS, "i64.rem_s", ImmNone, "II:I", 0, 0},
	{OpI64RemU, "i64.rem_u", ImmNone, "II:I", 0, 0},
	{OpI64And, "i64.and", ImmNone, "II:I", 0, 0},
	{OpI64Or, "i64.or", ImmNone, "II:I", 0, 0},
	{OpI64Xor, "i64.xor", ImmNone, "II:I", 0, 0},
	{OpI64Shl, "i64.shl", ImmNone, "II:I", 0, 0},
	{OpI64ShrS, "i64.shr_s", ImmNone, "II:I", 0, 0},
	{OpI64ShrU, "i64.shr_u", ImmNone, "II:I", 0, 0},
	{OpI64Rotl, "i64.rotl", ImmNone, "II:I", 0, 0},
	{OpI64Rotr, "i64.rotr", ImmNone, "II:I", 0, 0},
	{OpF32Abs, "f32.abs", ImmNone, "f:f", 0, 0},
	{OpF32Neg, "f32.neg", ImmNone, "f:f", 0, 0},
	{OpF32Ceil, "f32.ceil", ImmNone, "f:f", 0, 0},
	{OpF32Floor, "f32.floor", ImmNone, "f:f", 0, 0},
	{OpF32Trunc, "f32.trunc", ImmNone, "f:f", 0, 0},
	{OpF32Nearest, "f32.nearest", ImmNone, "f:f", 0, 0},
	{OpF32Sqrt, "f32.sqrt", ImmNone, "f:f", 0, 0},
	{OpF32Add, "f32.add", ImmNone, "ff:f", 0, 0},
	{OpF32Sub, "f32.sub", ImmNone, "ff:f", 0, 0},
	{OpF32Mul, "f32.mul", ImmNone, "ff:f", 0, 0},
	{OpF32Div, "f32.div", ImmNone, "ff:f", 0, 0},
	{OpF32Min, "f32.min", ImmNone, "ff:f", 0, 0},
	{OpF32Max, "f32.max", ImmNone, "ff:f", 0, 0},
	{OpF32Copysign, "f32.copysign", ImmNone, "ff:f", 0, 0},
	{OpF64Abs, "f64.abs", ImmNone, "F:F", 0, 0},
	{OpF64Neg, "f64.neg", ImmNone, "F:F", 0, 0},
	{OpF64Ceil, "f64.ceil", ImmNone, "F:F", 0, 0},
	{OpF64Floor, "f64.floor", ImmNone, "F:F", 0, 0},
	{OpF64Trunc, "f64.trunc", ImmNone, "F:F", 0, 0},
	{OpF64Nearest, "f64.nearest", ImmNone, "F:F", 0, 0},
	{OpF64Sqrt, "f64.sqrt", ImmNone, "F:F", 0, 0},
	{OpF64Add, "f64.add", ImmNone, "FF:F", 0, 0},
	{OpF64Sub, "f64.sub", ImmNone, "FF:F", 0, 0},
	{OpF64Mul, "f64.mul", ImmNone, "FF:F", 0, 0},
	{OpF64Div, "f64.div", ImmNone, "FF:F", 0, 0},
	{OpF64Min, "f64.min", ImmNone, "FF:F", 0, 0},
	{OpF64Max, "f64.max", ImmNone, "FF:F", 0, 0},
	{OpF64Copysign, "f64.copysign", ImmNone, "FF:F", 0, 0},
	{OpI32WrapI64, "i32.wrap_i64", ImmNone, "I:i", 0, 0},
	{OpI32TruncF32S, "i32.trunc_f32_s", ImmNone, "f:i", 0, 0},
	{OpI32TruncF32U, "i32.trunc_f32_u", ImmNone, "f:i", 0, 0},
	{OpI32TruncF64S, "i32.trunc_f64_s", ImmNone, "F:i", 0, 0},
	{OpI32TruncF64U, "i32.trunc_f64_u", ImmNone, "F:i", 0, 0},
	{OpI64ExtendI32S, "i64.extend_i32_s", ImmNone, "i:I", 0, 0},
	{OpI64ExtendI32U, "i64.extend_i32_u", ImmNone, "i:I", 0, 0},
	{OpI64TruncF32S, "i64.trunc_f32_s", ImmNone, "f:I", 0, 0},
	{OpI64TruncF32U, "i64.trunc_f32_u", ImmNone, "f:I", 0, 0},
	{OpI64TruncF64S, "i64.trunc_f64_s", ImmNone, "F:I", 0, 0},
	{OpI64TruncF64U, "i64.trunc_f64_u", ImmNone, "F:I", 0, 0},
	{OpF32ConvertI32S, "f32.convert_i32_s", ImmNone, "i:f", 0, 0},
	{OpF32ConvertI32U, "f32.convert_i32_u", ImmNone, "i:f", 0, 0},
	{OpF32ConvertI64S, "f32.convert_i64_s", ImmNone, "I:f", 0, 0},
	{OpF32ConvertI64U, "f32.convert_i64_u", ImmNone, "I:f", 0, 0},
	{OpF32DemoteF64, "f32.demote_f64", ImmNone, "F:f", 0, 0},
	{OpF64ConvertI32S, "f64.convert_i32_s", ImmNone, "i:F", 0, 0},
	{OpF64ConvertI32U, "f64.convert_i32_u", ImmNone, "i:F", 0, 0},
	{OpF64ConvertI64S, "f64.convert_i64_s", ImmNone, "I:F", 0, 0},
	{OpF64ConvertI64U, "f64.convert_i64_u", ImmNone, "I:F", 0, 0},
	{OpF64PromoteF32, "f64.promote_f32", ImmNone, "f:F", 0, 0},
	{OpI32ReinterpretF32, "i32.reinterpret_f32", ImmNone, "f:i", 0, 0},
	{OpI64ReinterpretF64, "i64.reinterpret_f64", ImmNone, "F:I", 0, 0},
	{OpF32ReinterpretI32, "f32.reinterpret_i32", ImmNone, "i:f", 0, 0},
	{OpF64ReinterpretI64, "f64.reinterpret_i64", ImmNone, "I:F", 0, 0},
	{OpI32Extend8S, "i32.extend8_s", ImmNone, "i:i", 0, 0},
	{OpI32Extend16S, "i32.extend16_s", ImmNone, "i:i", 0, 0},
	{OpI64Extend8S, "i64.extend8_s", ImmNone, "I:I", 0, 0},
	{OpI64Extend16S, "i64.extend16_s", ImmNone, "I:I", 0, 0},
	{OpI64Extend32S, "i64.extend32_s", ImmNone, "I:I", 0, 0},
	{OpRefNull, "ref.null", ImmRefType, "*", 0, 0},
	{OpRefIsNull, "ref.is_null", ImmNone, "*", 0, 0},
	{OpRefFunc, "ref.func", ImmFunc, "*", 0, 0},
}

var prefixFCOps = [...]opDef{
	{OpI32TruncSatF32S, "i32.trunc_sat_f32_s", ImmNone, "f:i", 0, 0},
	{OpI32TruncSatF32U, "i32.trunc_sat_f32_u", ImmNone, "f:i", 0, 0},
	{OpI32TruncSatF64S, "i32.trunc_sat_f64_s", ImmNone, "F:i", 0, 0},
	{OpI32TruncSatF64U, "i32.trunc_sat_f64_u", ImmNone, "F:i", 0, 0},
	{OpI64TruncSatF32S, "i64.trunc_sat_f32_s", ImmNone, "f:I", 0, 0},
	{OpI64TruncSatF32U, "i64.trunc_sat_f32_u", ImmNone, "f:I", 0, 0},
	{OpI64TruncSatF64S, "i64.trunc_sat_f64_s", ImmNone, "F:I", 0, 0},
	{OpI64TruncSatF64U, "i64.trunc_sat_f64_u", ImmNone, "F:I", 0, 0},
	{OpMemoryInit, "memory.init", ImmMemoryInit, "*", 0, 0},
	{OpDataDrop, "data.drop", ImmData, "*", 0, 0},
	{OpMemoryCopy, "memory.copy", ImmMemoryCopy, "iii:", 0, 0},
	{OpMemoryFill, "memory.fill", ImmMemory, "iii:", 0, 0},
	{OpTableInit, "table.init", ImmTableInit, "*", 0, 0},
	{OpElemDrop, "elem.drop", ImmElem, "*", 0, 0},
	{OpTableCopy, "table.copy", ImmTableCopy, "*", 0, 0},
	{OpTableGrow, "table.grow", ImmTable, "*", 0, 0},
	{OpTableSize, "table.size", ImmTable, "*", 0, 0},
	{OpTableFill, "table.fill", ImmTable, "*", 0, 0},
}

var prefixFDOps = [...]opDef{
	{OpV128Load, "v128.load", ImmMemArg, "i:v", 4, 0},
	{OpV128Load8x8S, "v128.load8x8_s", ImmMemArg, "i:v", 3, 0},
	{OpV128Load8x8U, "v128.load8x8_u", ImmMemArg, "i:v", 3, 0},
	{OpV128Load16x4S, "v128.load16x4_s", ImmMemArg, "i:v", 3, 0},
	{OpV128Load16x4U, "v128.load16x4_u", ImmMemArg, "i:v", 3, 0},
	{OpV128Load32x2S, "v128.load32x2_s", ImmMemArg, "i:v", 3, 0},
	{OpV128Load32x2U, "v128.load32x2_u", ImmMemArg, "i:v", 3, 0},
	{OpV128Load8Splat, "v128.load8_splat", ImmMemArg, "i:v", 0, 0},
	{OpV128Load16Splat, "v128.load16_splat", ImmMemArg, "i:v", 1, 0},
	{OpV128Load32Splat, "v128.load32_splat", ImmMemArg, "i:v", 2, 0},
	{OpV128Load64Splat, "v128.load64_splat", ImmMemArg, "i:v", 3, 0},
	{OpV128Store, "v128.store", ImmMemArg, "iv:", 4, 0},
	{OpV128Const, "v128.const", ImmV128, ":v", 0, 0},
	{OpI8x16Shuffle, "i8x16.shuffle", ImmShuffle, "vv:v", 0, 0},
	{OpI8x16Swizzle, "i8x16.swizzle", ImmNone, "vv:v", 0, 0},
	{OpI8x16Splat, "i8x16.splat", ImmNone, "i:v", 0, 0},
	{OpI16x8Splat, "i16x8.splat", ImmNone, "i:v", 0, 0},
	{OpI32x4Splat, "i32x4.splat", ImmNone, "i:v", 0, 0},
	{OpI64x2Splat, "i64x2.splat", ImmNone, "I:v", 0, 0},
	{OpF32x4Splat, "f32x4.splat", ImmNone, "f:v", 0, 0},
	{OpF64x2Splat, "f64x2.splat", ImmNone, "F:v", 0, 0},
	{OpI8x16ExtractLaneS, "i8x16.extract_lane_s", ImmLane, "v:i", 0, 16},
	{OpI8x16ExtractLaneU, "i8x16.extract_lane_u", ImmLane, "v:i", 0, 16},
	{OpI8x16ReplaceLane, "i8x16.replace_lane", ImmLane, "vi:v", 0, 16},
	{OpI16x8ExtractLaneS, "i16x8.extract_lane_s", ImmLane, "v:i", 0, 8},
	{OpI16x8ExtractLaneU, "i16x8.extract_lane_u", ImmLane, "v:i", 0, 8},
	{OpI16x8ReplaceLane, "i16x8.replace_lane", ImmLane, "vi:v", 0, 8},
	{OpI32x4ExtractLane, "i32x4.extract_lane", ImmLane, "v:i", 0, 4},
	{OpI32x4ReplaceLane, "i32x4.replace_lane", ImmLane, "vi:v", 0, 4},
	{OpI64x2ExtractLane, "i64x2.extract_lane", ImmLane, "v:I", 0, 2},
	{OpI64x2ReplaceLane, "i64x2.replace_lane", ImmLane, "vI:v", 0, 2},
	{OpF32x4ExtractLane, "f32x4.extract_lane", ImmLane, "v:f", 0, 4},
	{OpF32x4ReplaceLane, "f32x4.replace_lane", ImmLane, "vf:v", 0, 4},
	{OpF64x2ExtractLane, "f64x2.extract_lane", ImmLane, "v:F", 0, 2},
	{OpF64x2ReplaceLane, "f64x2.replace_lane", ImmLane, "vF:v", 0, 2},
	{OpI8x16Eq, "i8x16.eq", ImmNone, "vv:v", 0, 0},
	{OpI8x16Ne, "i8x16.ne", ImmNone, "vv:v", 0, 0},
	{OpI8x16LtS, "i8x16.lt_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16LtU, "i8x16.lt_u", ImmNone, "vv:v", 0, 0},
	{OpI8x16GtS, "i8x16.gt_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16GtU, "i8x16.gt_u", ImmNone, "vv:v", 0, 0},
	{OpI8x16LeS, "i8x16.le_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16LeU, "i8x16.le_u", ImmNone, "vv:v", 0, 0},
	{OpI8x16GeS, "i8x16.ge_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16GeU, "i8x16.ge_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8Eq, "i16x8.eq", ImmNone, "vv:v", 0, 0},
	{OpI16x8Ne, "i16x8.ne", ImmNone, "vv:v", 0, 0},
	{OpI16x8LtS, "i16x8.lt_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8LtU, "i16x8.lt_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8GtS, "i16x8.gt_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8GtU, "i16x8.gt_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8LeS, "i16x8.le_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8LeU, "i16x8.le_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8GeS, "i16x8.ge_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8GeU, "i16x8.ge_u", ImmNone, "vv:v", 0, 0},
	{OpI32x4Eq, "i32x4.eq", ImmNone, "vv:v", 0, 0},
	{OpI32x4Ne, "i32x4.ne", ImmNone, "vv:v", 0, 0},
	{OpI32x4LtS, "i32x4.lt_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4LtU, "i32x4.lt_u", ImmNone, "vv:v", 0, 0},
	{OpI32x4GtS, "i32x4.gt_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4GtU, "i32x4.gt_u", ImmNone, "vv:v", 0, 0},
	{OpI32x4LeS, "i32x4.le_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4LeU, "i32x4.le_u", ImmNone, "vv:v", 0, 0},
	{OpI32x4GeS, "i32x4.ge_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4GeU, "i32x4.ge_u", ImmNone, "vv:v", 0, 0},
	{OpF32x4Eq, "f32x4.eq", ImmNone, "vv:v", 0, 0},
	{OpF32x4Ne, "f32x4.ne", ImmNone, "vv:v", 0, 0},
	{OpF32x4Lt, "f32x4.lt", ImmNone, "vv:v", 0, 0},
	{OpF32x4Gt, "f32x4.gt", ImmNone, "vv:v", 0, 0},
	{OpF32x4Le, "f32x4.le", ImmNone, "vv:v", 0, 0},
	{OpF32x4Ge, "f32x4.ge", ImmNone, "vv:v", 0, 0},
	{OpF64x2Eq, "f64x2.eq", ImmNone, "vv:v", 0, 0},
	{OpF64x2Ne, "f64x2.ne", ImmNone, "vv:v", 0, 0},
	{OpF64x2Lt, "f64x2.lt", ImmNone, "vv:v", 0, 0},
	{OpF64x2Gt, "f64x2.gt", ImmNone, "vv:v", 0, 0},
	{OpF64x2Le, "f64x2.le", ImmNone, "vv:v", 0, 0},
	{OpF64x2Ge, "f64x2.ge", ImmNone, "vv:v", 0, 0},
	{OpV128Not, "v128.not", ImmNone, "v:v", 0, 0},
	{OpV128And, "v128.and", ImmNone, "vv:v", 0, 0},
	{OpV128Andnot, "v128.andnot", ImmNone, "vv:v", 0, 0},
	{OpV128Or, "v128.or", ImmNone, "vv:v", 0, 0},
	{OpV128Xor, "v128.xor", ImmNone, "vv:v", 0, 0},
	{OpV128Bitselect, "v128.bitselect", ImmNone, "vvv:v", 0, 0},
	{OpV128AnyTrue, "v128.any_true", ImmNone, "v:i", 0, 0},
	{OpV128Load8Lane, "v128.load8_lane", ImmMemArgLane, "iv:v", 0, 16},
	{OpV128Load16Lane, "v128.load16_lane", ImmMemArgLane, "iv:v", 1, 8},
	{OpV128Load32Lane, "v128.load32_lane", ImmMemArgLane, "iv:v", 2, 4},
	{OpV128Load64Lane, "v128.load64_lane", ImmMemArgLane, "iv:v", 3, 2},
	{OpV128Store8Lane, "v128.store8_lane", ImmMemArgLane, "iv:", 0, 16},
	{OpV128Store16Lane, "v128.store16_lane", ImmMemArgLane, "iv:", 1, 8},
	{OpV128Store32Lane, "v128.store32_lane", ImmMemArgLane, "iv:", 2, 4},
	{OpV128Store64Lane, "v128.store64_lane", ImmMemArgLane, "iv:", 3, 2},
	{OpV128Load32Zero, "v128.load32_zero", ImmMemArg, "i:v", 2, 0},
	{OpV128Load64Zero, "v128.load64_zero", ImmMemArg, "i:v", 3, 0},
	{OpF32x4DemoteF64x2Zero, "f32x4.demote_f64x2_zero", ImmNone, "v:v", 0, 0},
	{OpF64x2PromoteLowF32x4, "f64x2.promote_low_f32x4", ImmNone, "v:v", 0, 0},
	{OpI8x16Abs, "i8x16.abs", ImmNone, "v:v", 0, 0},
	{OpI8x16Neg, "i8x16.neg", ImmNone, "v:v", 0, 0},
	{OpI8x16Popcnt, "i8x16.popcnt", ImmNone, "v:v", 0, 0},
	{OpI8x16AllTrue, "i8x16.all_true", ImmNone, "v:i", 0, 0},
	{OpI8x16Bitmask, "i8x16.bitmask", ImmNone, "v:i", 0, 0},
	{OpI8x16NarrowI16x8S, "i8x16.narrow_i16x8_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16NarrowI16x8U, "i8x16.narrow_i16x8_u", ImmNone, "vv:v", 0, 0},
	{OpF32x4Ceil, "f32x4.ceil", ImmNone, "v:v", 0, 0},
	{OpF32x4Floor, "f32x4.floor", ImmNone, "v:v", 0, 0},
	{OpF32x4Trunc, "f32x4.trunc", ImmNone, "v:v", 0, 0},
	{OpF32x4Nearest, "f32x4.nearest", ImmNone, "v:v", 0, 0},
	{OpI8x16Shl, "i8x16.shl", ImmNone, "vi:v", 0, 0},
	{OpI8x16ShrS, "i8x16.shr_s", ImmNone, "vi:v", 0, 0},
	{OpI8x16ShrU, "i8x16.shr_u", ImmNone, "vi:v", 0, 0},
	{OpI8x16Add, "i8x16.add", ImmNone, "vv:v", 0, 0},
	{OpI8x16AddSatS, "i8x16.add_sat_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16AddSatU, "i8x16.add_sat_u", ImmNone, "vv:v", 0, 0},
	{OpI8x16Sub, "i8x16.sub", ImmNone, "vv:v", 0, 0},
	{OpI8x16SubSatS, "i8x16.sub_sat_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16SubSatU, "i8x16.sub_sat_u", ImmNone, "vv:v", 0, 0},
	{OpF64x2Ceil, "f64x2.ceil", ImmNone, "v:v", 0, 0},
	{OpF64x2Floor, "f64x2.floor", ImmNone, "v:v", 0, 0},
	{OpI8x16MinS, "i8x16.min_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16MinU, "i8x16.min_u", ImmNone, "vv:v", 0, 0},
	{OpI8x16MaxS, "i8x16.max_s", ImmNone, "vv:v", 0, 0},
	{OpI8x16MaxU, "i8x16.max_u", ImmNone, "vv:v", 0, 0},
	{OpF64x2Trunc, "f64x2.trunc", ImmNone, "v:v", 0, 0},
	{OpI8x16AvgrU, "i8x16.avgr_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8ExtaddPairwiseI8x16S, "i16x8.extadd_pairwise_i8x16_s", ImmNone, "v:v", 0, 0},
	{OpI16x8ExtaddPairwiseI8x16U, "i16x8.extadd_pairwise_i8x16_u", ImmNone, "v:v", 0, 0},
	{OpI32x4ExtaddPairwiseI16x8S, "i32x4.extadd_pairwise_i16x8_s", ImmNone, "v:v", 0, 0},
	{OpI32x4ExtaddPairwiseI16x8U, "i32x4.extadd_pairwise_i16x8_u", ImmNone, "v:v", 0, 0},
	{OpI16x8Abs, "i16x8.abs", ImmNone, "v:v", 0, 0},
	{OpI16x8Neg, "i16x8.neg", ImmNone, "v:v", 0, 0},
	{OpI16x8Q15mulrSatS, "i16x8.q15mulr_sat_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8AllTrue, "i16x8.all_true", ImmNone, "v:i", 0, 0},
	{OpI16x8Bitmask, "i16x8.bitmask", ImmNone, "v:i", 0, 0},
	{OpI16x8NarrowI32x4S, "i16x8.narrow_i32x4_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8NarrowI32x4U, "i16x8.narrow_i32x4_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8ExtendLowI8x16S, "i16x8.extend_low_i8x16_s", ImmNone, "v:v", 0, 0},
	{OpI16x8ExtendHighI8x16S, "i16x8.extend_high_i8x16_s", ImmNone, "v:v", 0, 0},
	{OpI16x8ExtendLowI8x16U, "i16x8.extend_low_i8x16_u", ImmNone, "v:v", 0, 0},
	{OpI16x8ExtendHighI8x16U, "i16x8.extend_high_i8x16_u", ImmNone, "v:v", 0, 0},
	{OpI16x8Shl, "i16x8.shl", ImmNone, "vi:v", 0, 0},
	{OpI16x8ShrS, "i16x8.shr_s", ImmNone, "vi:v", 0, 0},
	{OpI16x8ShrU, "i16x8.shr_u", ImmNone, "vi:v", 0, 0},
	{OpI16x8Add, "i16x8.add", ImmNone, "vv:v", 0, 0},
	{OpI16x8AddSatS, "i16x8.add_sat_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8AddSatU, "i16x8.add_sat_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8Sub, "i16x8.sub", ImmNone, "vv:v", 0, 0},
	{OpI16x8SubSatS, "i16x8.sub_sat_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8SubSatU, "i16x8.sub_sat_u", ImmNone, "vv:v", 0, 0},
	{OpF64x2Nearest, "f64x2.nearest", ImmNone, "v:v", 0, 0},
	{OpI16x8Mul, "i16x8.mul", ImmNone, "vv:v", 0, 0},
	{OpI16x8MinS, "i16x8.min_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8MinU, "i16x8.min_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8MaxS, "i16x8.max_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8MaxU, "i16x8.max_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8AvgrU, "i16x8.avgr_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8ExtmulLowI8x16S, "i16x8.extmul_low_i8x16_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8ExtmulHighI8x16S, "i16x8.extmul_high_i8x16_s", ImmNone, "vv:v", 0, 0},
	{OpI16x8ExtmulLowI8x16U, "i16x8.extmul_low_i8x16_u", ImmNone, "vv:v", 0, 0},
	{OpI16x8ExtmulHighI8x16U, "i16x8.extmul_high_i8x16_u", ImmNone, "vv:v", 0, 0},
	{OpI32x4Abs, "i32x4.abs", ImmNone, "v:v", 0, 0},
	{OpI32x4Neg, "i32x4.neg", ImmNone, "v:v", 0, 0},
	{OpI32x4AllTrue, "i32x4.all_true", ImmNone, "v:i", 0, 0},
	{OpI32x4Bitmask, "i32x4.bitmask", ImmNone, "v:i", 0, 0},
	{OpI32x4ExtendLowI16x8S, "i32x4.extend_low_i16x8_s", ImmNone, "v:v", 0, 0},
	{OpI32x4ExtendHighI16x8S, "i32x4.extend_high_i16x8_s", ImmNone, "v:v", 0, 0},
	{OpI32x4ExtendLowI16x8U, "i32x4.extend_low_i16x8_u", ImmNone, "v:v", 0, 0},
	{OpI32x4ExtendHighI16x8U, "i32x4.extend_high_i16x8_u", ImmNone, "v:v", 0, 0},
	{OpI32x4Shl, "i32x4.shl", ImmNone, "vi:v", 0, 0},
	{OpI32x4ShrS, "i32x4.shr_s", ImmNone, "vi:v", 0, 0},
	{OpI32x4ShrU, "i32x4.shr_u", ImmNone, "vi:v", 0, 0},
	{OpI32x4Add, "i32x4.add", ImmNone, "vv:v", 0, 0},
	{OpI32x4Sub, "i32x4.sub", ImmNone, "vv:v", 0, 0},
	{OpI32x4Mul, "i32x4.mul", ImmNone, "vv:v", 0, 0},
	{OpI32x4MinS, "i32x4.min_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4MinU, "i32x4.min_u", ImmNone, "vv:v", 0, 0},
	{OpI32x4MaxS, "i32x4.max_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4MaxU, "i32x4.max_u", ImmNone, "vv:v", 0, 0},
	{OpI32x4DotI16x8S, "i32x4.dot_i16x8_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4ExtmulLowI16x8S, "i32x4.extmul_low_i16x8_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4ExtmulHighI16x8S, "i32x4.extmul_high_i16x8_s", ImmNone, "vv:v", 0, 0},
	{OpI32x4ExtmulLowI16x8U, "i32x4.extmul_low_i16x8_u", ImmNone, "vv:v", 0, 0},
	{OpI32x4ExtmulHighI16x8U, "i32x4.extmul_high_i16x8_u", ImmNone, "vv:v", 0, 0},
	{OpI64x2Abs, "i64x2.abs", ImmNone, "v:v", 0, 0},
	{OpI64x2Neg, "i64x2.neg", ImmNone, "v:v", 0, 0},
	{OpI64x2AllTrue, "i64x2.all_true", ImmNone, "v:i", 0, 0},
	{OpI64x2Bitmask, "i64x2.bitmask", ImmNone, "v:i", 0, 0},
	{OpI64x2ExtendLowI32x4S, "i64x2.extend_low_i32x4_s", ImmNone, "v:v", 0, 0},
	{OpI64x2ExtendHighI32x4S, "i64x2.extend_high_i32x4_s", ImmNone, "v:v", 0, 0},
	{OpI64x2ExtendLowI32x4U, "i64x2.extend_low_i32x4_u", ImmNone, "v:v", 0, 0},
	{OpI64x2ExtendHighI32x4U, "i64x2.extend_high_i32x4_u", ImmNone, "v:v", 0, 0},
	{OpI64x2Shl, "i64x2.shl", ImmNone, "vi:v", 0, 0},
	{OpI64x2ShrS, "i64x2.shr_s", ImmNone, "vi:v", 0, 0},
	{OpI64x2ShrU, "i64x2.shr_u", ImmNone, "vi:v", 0, 0},
	{OpI64x2Add, "i64x2.add", ImmNone, "vv:v", 0, 0},
	{OpI64x2Sub, "i64x2.sub", ImmNone, "vv:v", 0, 0},
	{OpI64x2Mul, "i64x2.mul", ImmNone, "vv:v", 0, 0},
	{OpI64x2Eq, "i64x2.eq", ImmNone, "vv:v", 0, 0},
	{OpI64x2Ne, "i64x2.ne", ImmNone, "vv:v", 0, 0},
	{OpI64x2LtS, "i64x2.lt_s", ImmNone, "vv:v", 0, 0},
	{OpI64x2GtS, "i64x2.gt_s", ImmNone, "vv:v", 0, 0},
	{OpI64x2LeS, "i64x2.le_s", ImmNone, "vv:v", 0, 0},
	{OpI64x2GeS, "i64x2.ge_s", ImmNone, "vv:v", 0, 0},
	{OpI64x2ExtmulLowI32x4S, "i64x2.extmul_low_i32x4_s", ImmNone, "vv:v", 0, 0},
	{OpI64x2ExtmulHighI32x4S, "i64x2.extmul_high_i32x4_s", ImmNone, "vv:v", 0, 0},
	{OpI64x2ExtmulLowI32x4U, "i64x2.extmul_low_i32x4_u", ImmNone, "vv:v", 0, 0},
	{OpI64x2ExtmulHighI32x4U, "i64x2.extmul_high_i32x4_u", ImmNone, "vv:v", 0, 0},
	{OpF32x4Abs, "f32x4.abs", ImmNone, "v:v", 0, 0},
	{OpF32x4Neg, "f32x4.neg", ImmNone, "v:v", 0, 0},
	{OpF32x4Sqrt, "f32x4.sqrt", ImmNone, "v:v", 0, 0},
	{OpF32x4Add, "f32x4.add", ImmNone, "vv:v", 0, 0},
	{OpF32x4Sub, "f32x4.sub", ImmNone, "vv:v", 0, 0},
	{OpF32x4Mul, "f32x4.mul", ImmNone, "vv:v", 0, 0},
	{OpF32x4Div, "f32x4.div", ImmNone, "vv:v", 0, 0},
	{OpF32x4Min, "f32x4.min", ImmNone, "vv:v", 0, 0},
	{OpF32x4Max, "f32x4.max", ImmNone, "vv:v", 0, 0},
	{OpF32x4Pmin, "f32x4.pmin", ImmNone, "vv:v", 0, 0},
	{OpF32x4Pmax, "f32x4.pmax", ImmNone, "vv:v", 0, 0},
	{OpF64x2Abs, "f64x2.abs", ImmNone, "v:v", 0, 0},
	{OpF64x2Neg, "f64x2.neg", ImmNone, "v:v", 0, 0},
	{OpF64x2Sqrt, "f64x2.sqrt", ImmNone, "v:v", 0, 0},
	{OpF64x2Add, "f64x2.add", ImmNone, "vv:v", 0, 0},
	{OpF64x2Sub, "f64x2.sub", ImmNone, "vv:v", 0, 0},
	{OpF64x2Mul, "f64x2.mul", ImmNone, "vv:v", 0, 0},
	{OpF64x2Div, "f64x2.div", ImmNone, "vv:v", 0, 0},
	{OpF64x2Min, "f64x2.min", ImmNone, "vv:v", 0, 0},
	{OpF64x2Max, "f64x2.max", ImmNone, "vv:v", 0, 0},
	{OpF64x2Pmin, "f64x2.pmin", ImmNone, "vv:v", 0, 0},
	{OpF64x2Pmax, "f64x2.pmax", ImmNone, "vv:v", 0, 0},
	{OpI32x4TruncSatF32x4S, "i32x4.trunc_sat_f32x4_s", ImmNone, "v:v", 0, 0},
	{OpI32x4TruncSatF32x4U, "i32x4.trunc_sat_f32x4_u", ImmNone, "v:v", 0, 0},
	{OpF32x4ConvertI32x4S, "f32x4.convert_i32x4_s", ImmNone, "v:v", 0, 0},
	{OpF32x4ConvertI32x4U, "f32x4.convert_i32x4_u", ImmNone, "v:v", 0, 0},
	{OpI32x4TruncSatF64x2SZero, "i32x4.trunc_sat_f64x2_s_zero", ImmNone, "v:v", 0, 0},
	{OpI32x4TruncSatF64x2UZero, "i32x4.trunc_sat_f64x2_u_zero", ImmNone, "v:v", 0, 0},
	{OpF64x2ConvertLowI32x4S, "f64x2.convert_low_i32x4_s", ImmNone, "v:v", 0, 0},
	{OpF64x2ConvertLowI32x4U, "f64x2.convert_low_i32x4_u", ImmNone, "v:v", 0, 0},
}
