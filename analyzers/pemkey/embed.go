package pemkey

import (
	"bufio"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/embedfs"
	"github.com/dslint/dslint/internal/report"
)

const (
	maxEmbedFiles = 256      // files read per directive
	maxEmbedSize  = 1 << 20  // bytes read at once per file; larger files are read line by line
	maxBlock      = 64 << 10 // bytes of one PEM block in a large file (an RSA 16384-bit PEM is 13 KiB)
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
					rel, _ := filepath.Rel(dir, name)
					for _, k := range embeddedKeys(pass, name) {
						reportKey(r, c, k, filepath.ToSlash(rel), "")
					}
				}
			}
		}
	}
}

// embeddedKeys returns the keys in an embedded file: read whole up to
// maxEmbedSize, and past it read line by line (scanLarge), so a key at the
// end of a large file is not missed.
func embeddedKeys(pass *analysis.Pass, name string) []pemKey {
	if data := embedfs.Read(pass, name, maxEmbedSize); data != nil {
		if !quick(string(data)) {
			return nil
		}
		return findKeys(string(data))
	}
	f := embedfs.Large(pass, name, maxEmbedSize)
	if f == nil {
		return nil
	}
	defer f.Close()
	return scanLarge(f)
}

// scanLarge reads a large file line by line and returns the keys of its
// PEM blocks: each from a line with a BEGIN mark to the next line with an
// END mark, at most maxBlock bytes (a one-line PEM with \n escapes is one
// line). A line longer than maxEmbedSize ends the scan. Base64 and DER
// keys are whole files of a few KiB, read by findKeys, never large ones.
func scanLarge(rd io.Reader) []pemKey {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64<<10), maxEmbedSize)
	var keys []pemKey
	var block strings.Builder
	in := false
	for sc.Scan() {
		line := sc.Text()
		if !in && strings.Contains(line, beginMark) {
			in = true
			block.Reset()
		}
		if !in {
			continue
		}
		block.WriteString(line)
		block.WriteByte('\n')
		if strings.Contains(line, endMark) || block.Len() > maxBlock {
			keys = append(keys, findKeys(block.String())...)
			in = false
		}
	}
	if in {
		keys = append(keys, findKeys(block.String())...)
	}
	return keys
}
