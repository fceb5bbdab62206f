package regalloc

import "os"

func init() { noRecover = os.Getenv("REGALLOC_PANIC") != "" }
