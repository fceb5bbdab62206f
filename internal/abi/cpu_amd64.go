package abi

import "github.com/kilnwasm/kiln/internal/lazy"

func cpuid(leaf, sub uint32) (eax, ebx, ecx, edx uint32)
func xgetbv0() (eax uint32)

// hostFeatures returns the CPU's features, read with the four CPUID leaves
// they need, once, when first asked. In a virtual machine every CPUID
// exits to the hypervisor (about 6.5 us each on these machines), so this
// costs a process that asks 26 us, where golang.org/x/sys/cpu's package
// initialization, which reads many more leaves, cost every process ~77 us.
func hostFeatures() Features { return hostFeaturesValue.Get() }

var hostFeaturesValue = lazy.Value[Features]{New: readHostFeatures}

func readHostFeatures() Features {
	maxLeaf, _, _, _ := cpuid(0, 0)
	var f Features
	if maxLeaf < 1 {
		return f
	}
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
	if ecx1&(1<<27) != 0 && ecx1&(1<<28) != 0 && xgetbv0()&6 == 6 {
		f |= FeatAVX
	}
	if maxLeaf >= 7 {
		_, ebx7, _, _ := cpuid(7, 0)
		set(3, ebx7, FeatBMI1)
		set(8, ebx7, FeatBMI2)
	}
	// Every x86-64 CPU has the extended leaf 0x80000001 (long mode is
	// reported there).
	_, _, ecxExt, _ := cpuid(0x80000001, 0)
	set(5, ecxExt, FeatLZCNT) // ABM
	return f
}
