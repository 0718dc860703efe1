package main

import (
	"slices"
	"strings"
	"testing"
)

func TestPackagePatterns(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		want      []string
		onlyFiles bool
	}{
		{nil, nil, false},
		{[]string{"./..."}, []string{"./..."}, false},
		{[]string{"a.go", "./pkg"}, []string{"a.go", "./pkg"}, false}, // mixed: unchanged
		{[]string{"main.go"}, []string{"."}, true},
		{[]string{"cmd/app/main.go", "internal/auth/jwt.go", "cmd/app/flags.go", "main.go"},
			[]string{"./cmd/app", "./internal/auth", "."}, true},
		{[]string{"vendor/x/y.go", "a/testdata/src/p/p.go", "b/b.go"}, []string{"./b"}, true},
		{[]string{"vendor/x/y.go"}, nil, true},
		{[]string{"/abs/dir/f.go"}, []string{"/abs/dir"}, true},
	} {
		got, onlyFiles := packagePatterns(tc.args)
		if !slices.Equal(got, tc.want) || onlyFiles != tc.onlyFiles {
			t.Errorf("packagePatterns(%q) = %q, %v; want %q, %v", tc.args, got, onlyFiles, tc.want, tc.onlyFiles)
		}
	}
}

// TestFileArgs runs the command the way the pre-commit hook does: with
// the changed files of two packages, which go/packages alone rejects
// ("named files must all be in one directory").
func TestFileArgs(t *testing.T) {
	tinyModule(t)
	code, out, stderr := runCLI(t, "util/util.go", "auth/auth.go")
	if code != exitFindings || strings.Count(out, "DS101") != 1 {
		t.Errorf("exit %d, want 1 with the finding of package auth\nstdout:\n%s\nstderr:\n%s", code, out, stderr)
	}
	if code, _, stderr := runCLI(t, "util/util.go"); code != exitClean {
		t.Errorf("clean package: exit %d, want 0; %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "vendor/a/a.go", "x/testdata/b.go"); code != exitClean {
		t.Errorf("only vendor and testdata files: exit %d, want 0; %s", code, stderr)
	}
}
