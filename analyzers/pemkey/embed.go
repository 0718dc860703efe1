package pemkey

import (
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/embedfs"
	"github.com/dslint/dslint/internal/report"
)

const (
	maxEmbedFiles = 256     // files read per directive
	maxEmbedSize  = 1 << 20 // bytes read per file
)

// checkEmbeds reports //go:embed directives whose files hold a private key.
//
// Files are resolved and read by internal/embedfs (see there why it reads
// the file system); under nogo ReadFile is nil and embedded files are not
// checked.
func checkEmbeds(pass *analysis.Pass, r *report.Reporter) {
	if pass.ReadFile == nil {
		return
	}
	for _, f := range r.Files() {
		var dir string
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				// The go command requires a space after the directive (a tab
				// there makes it an ordinary comment); patterns may be
				// separated by spaces or tabs.
				patterns, ok := strings.CutPrefix(c.Text, "//go:embed ")
				if !ok {
					continue
				}
				if dir == "" {
					dir = filepath.Dir(pass.Fset.File(f.FileStart).Name())
				}
				for _, name := range embedfs.Files(dir, patterns, maxEmbedFiles) {
					data := embedfs.Read(pass, name, maxEmbedSize)
					if data == nil || !Quick(string(data)) {
						continue
					}
					rel, _ := filepath.Rel(dir, name)
					for _, k := range Detect(string(data)) {
						reportKey(r, c, k, filepath.ToSlash(rel), "")
					}
				}
			}
		}
	}
}
