package abi

import "github.com/kilnwasm/kiln/internal/lazy"

func cpuid(leaf, sub uint32) (eax, ebx, ecx, edx uint32)
func xgetbv0() (eax uint32)

// hostFeatures returns the CPU's features, read with the five CPUID leaves
// they and hostL3Size need (six on a CPU with AVX-512, for hostZMMMoves),
// once, when first asked. In a virtual machine every CPUID exits to the
// hypervisor (about 6.5 us each on these machines), so this costs a
// process that asks 33 us, where golang.org/x/sys/cpu's package
// initialization, which reads many more leaves, cost every process ~77 us.
func hostFeatures() Features { return hostCPUValue.Get().features }

// hostL3Size returns the size in bytes of the CPU's last-level (L3)
// cache, or 0 if it does not say.
func hostL3Size() int64 { return hostCPUValue.Get().l3 }

// hostZMMMoves reports whether 512-bit loads and stores are a good idea:
// the CPU has AVX-512 with the OS saving the ZMM state, and AVX-VNNI. The
// earlier AVX-512 CPUs (Skylake to Ice Lake servers) lower their clock
// for a while after using ZMM registers, which would slow down all the
// code around a copy; glibc's memmove uses them only where the CPU also
// has AVX-VNNI (Sapphire Rapids on), which do not.
func hostZMMMoves() bool { return hostCPUValue.Get().zmm }

type hostCPU struct {
	features Features
	l3       int64
	zmm      bool
}

var hostCPUValue = lazy.Value[hostCPU]{New: readHostCPU}

func readHostCPU() hostCPU {
	maxLeaf, vendor, _, _ := cpuid(0, 0)
	if maxLeaf < 1 {
		return hostCPU{}
	}
	f, zmm := readHostFeatures(maxLeaf)
	return hostCPU{f, readL3Size(maxLeaf, vendor), zmm}
}

func readHostFeatures(maxLeaf uint32) (f Features, zmm bool) {
	_, _, ecx1, _ := cpuid(1, 0)
	set := func(bit uint32, reg uint32, feat Features) {
		if reg&(1<<bit) != 0 {
			f |= feat
		}
	}
	set(19, ecx1, FeatSSE41)
	set(20, ecx1, FeatSSE42)
	set(23, ecx1, FeatPOPCNT)
	// AVX needs the OS to save the YMM state: OSXSAVE, then XCR0's SSE and
	// AVX bits.
	var xcr0 uint32
	if ecx1&(1<<27) != 0 {
		xcr0 = xgetbv0()
	}
	if ecx1&(1<<28) != 0 && xcr0&6 == 6 {
		f |= FeatAVX
	}
	if maxLeaf >= 7 {
		_, ebx7, _, _ := cpuid(7, 0)
		set(3, ebx7, FeatBMI1)
		set(8, ebx7, FeatBMI2)
		// AVX512F, and XCR0's opmask and ZMM state bits besides AVX's.
		if f.Has(FeatAVX) && ebx7&(1<<16) != 0 && xcr0&0xe6 == 0xe6 {
			eax71, _, _, _ := cpuid(7, 1)
			zmm = eax71&(1<<4) != 0 // AVX-VNNI
		}
	}
	// Every x86-64 CPU has the extended leaf 0x80000001 (long mode is
	// reported there).
	_, _, ecxExt, _ := cpuid(0x80000001, 0)
	set(5, ecxExt, FeatLZCNT) // ABM
	return f, zmm
}

// readL3Size reads the L3 cache's size: on Intel from the deterministic
// cache parameters (leaf 4; its fourth cache is the L3 where there is
// one), elsewhere (AMD, Hygon) from leaf 0x80000006, which Intel leaves
// zero there.
func readL3Size(maxLeaf, vendor uint32) int64 {
	const genu = 0x756e6547 // "Genu" of "GenuineIntel"
	if vendor == genu {
		if maxLeaf < 4 {
			return 0
		}
		eax, ebx, ecx, _ := cpuid(4, 3)
		if eax&31 == 0 || eax>>5&7 != 3 {
			return 0
		}
		ways, parts, line := int64(ebx>>22&0x3ff+1), int64(ebx>>12&0x3ff+1), int64(ebx&0xfff+1)
		return ways * parts * line * (int64(ecx) + 1)
	}
	_, _, _, edx := cpuid(0x80000006, 0)
	return int64(edx>>18) * 512 << 10
}
