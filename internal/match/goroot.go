package match

import (
	"go/build"
	"path/filepath"
	"strings"
)

// InGoroot reports whether a file belongs to the Go distribution. Export
// data of the standard library records its files as "$GOROOT/src/...".
func InGoroot(filename string) bool {
	if strings.HasPrefix(filename, "$GOROOT"+string(filepath.Separator)) {
		return true
	}
	root := build.Default.GOROOT
	return root != "" && strings.HasPrefix(filename, filepath.Join(root, "src")+string(filepath.Separator))
}
