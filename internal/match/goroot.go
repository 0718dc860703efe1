package match

import (
	"go/ast"
	"go/build"
	"go/token"
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

// FilesInGoroot reports whether the files (a pass's) belong to the Go
// distribution, judged by the first one. It goes by the file's start, which
// the parser sets also when the package clause is broken (File.Pos is then
// not a position of the file).
func FilesInGoroot(fset *token.FileSet, files []*ast.File) bool {
	if len(files) == 0 {
		return false
	}
	tf := fset.File(files[0].FileStart)
	return tf != nil && InGoroot(tf.Name())
}
