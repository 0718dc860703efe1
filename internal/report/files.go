package report

import (
	"go/ast"
	"go/token"
	"reflect"

	"golang.org/x/tools/go/analysis"
)

// Files is the analyzer every dslint analyzer requires (NewAnalyzer adds
// it): it classifies a package's files once, for all of them, instead of
// once per analyzer. Its result is a *PackageFiles.
var Files = &analysis.Analyzer{
	Name:             "dsfiles",
	Doc:              "dsfiles classifies a package's files (test, generated) for dslint's production-code policy",
	Run:              func(pass *analysis.Pass) (any, error) { return classify(pass.Fset, pass.Files), nil },
	RunDespiteErrors: true,
	ResultType:       reflect.TypeFor[*PackageFiles](),
}

// PackageFiles is what Files knows of a package's files, in the order of
// pass.Files.
type PackageFiles struct {
	files []file
}

// file is one file of a package and its kind.
type file struct {
	syntax    *ast.File
	tok       *token.File
	test      bool // a _test.go file
	generated bool // generated, and not cgo's translation of the user's file
}

// classify sorts files by kind.
func classify(fset *token.FileSet, files []*ast.File) *PackageFiles {
	pf := &PackageFiles{files: make([]file, 0, len(files))}
	for _, f := range files {
		tf := fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		pf.files = append(pf.files, file{
			syntax:    f,
			tok:       tf,
			test:      isTest(tf.Name()),
			generated: generated(f),
		})
	}
	return pf
}

// packageFiles returns the pass's classified files: Files' result when the
// analyzer requires it, else computed here.
func packageFiles(pass *analysis.Pass) *PackageFiles {
	if pf, ok := pass.ResultOf[Files].(*PackageFiles); ok {
		return pf
	}
	return classify(pass.Fset, pass.Files)
}
