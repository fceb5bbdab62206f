package cli

import (
	kilnapi "github.com/kilnwasm/kiln"
)

// CacheFlags are the artifact-cache flags of the commands that load
// modules.
type CacheFlags struct {
	dir     *string
	noCache *bool
}

// AddCacheFlags defines the cache flags in fs.
func AddCacheFlags(fs *FlagSet) CacheFlags {
	return CacheFlags{
		dir:     fs.String("cache-dir", "", "keep compiled modules in `DIR` (default $XDG_CACHE_HOME/kiln or ~/.cache/kiln)"),
		noCache: fs.Bool("no-cache", false, "compile the module even if it is in the cache, and do not store it"),
	}
}

// CacheDir returns the cache directory to use, or "" for none.
func (c CacheFlags) CacheDir() string {
	if *c.noCache {
		return ""
	}
	if *c.dir != "" {
		return *c.dir
	}
	d, err := kilnapi.DefaultCacheDir()
	if err != nil {
		return "" // no home directory: run without a cache
	}
	return d
}
