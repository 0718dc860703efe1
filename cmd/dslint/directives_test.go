package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestUnusedSuppressionSelection: DS002 belongs to the directives analyzer,
// so -enable DS002 and -directives report it (the other analyzers still
// look for their findings to tell which suppressions are used, without
// reporting them) and -disable directives silences it.
func TestUnusedSuppressionSelection(t *testing.T) {
	dir := tinyModule(t)
	writeFile(t, filepath.Join(dir, "auth/auth.go"), "package auth\n\n"+
		"const authServer = \"https://account-d.docusign.com\" //dslint:ignore DS101 sandbox smoke test\n\n"+
		"const restBase = \"https://demo.docusign.net/restapi\"\n\n"+
		"// Stale has lost its finding.\nconst Stale = 1 //dslint:ignore DS101 the host moved away\n")
	for _, tc := range []struct {
		args []string
		want []string // analyzer/category of each finding, in order
	}{
		{nil, []string{"endpoints/DS101", "directives/DS002"}},
		{[]string{"-enable", "DS002"}, []string{"directives/DS002"}},
		{[]string{"-directives"}, []string{"directives/DS002"}},
		{[]string{"-disable", "directives"}, []string{"endpoints/DS101"}},
		{[]string{"-disable", "DS101"}, nil}, // a directive naming a disabled rule is not judged
	} {
		args := append(append([]string{"-json"}, tc.args...), "./...")
		_, out, stderr := runCLI(t, args...)
		var js map[string]map[string][]jsonDiag
		if err := json.Unmarshal([]byte(out), &js); err != nil {
			t.Fatalf("%v: %v\n%s%s", tc.args, err, out, stderr)
		}
		var got []string
		for _, byAnalyzer := range js {
			for name, ds := range byAnalyzer {
				for _, d := range ds {
					got = append(got, name+"/"+d.Category)
					if d.Category == "DS002" && (!strings.HasSuffix(d.Posn, "auth.go:8:17") || !strings.HasPrefix(d.Message, "DS002: //dslint:ignore DS101 suppresses nothing")) {
						t.Errorf("%v: DS002 at %s: %s", tc.args, d.Posn, d.Message)
					}
				}
			}
		}
		slices.Sort(got)
		want := slices.Sorted(slices.Values(tc.want))
		if !slices.Equal(got, want) {
			t.Errorf("%v: findings %v, want %v", tc.args, got, want)
		}
	}
}
