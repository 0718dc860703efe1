package pemkey_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/pemkey"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

// TestPemkey checks the fixtures' want comments, then that no diagnostic
// contains 16 or more characters of a key body or a secret written in them.
func TestPemkey(t *testing.T) {
	t.Parallel()
	results := testutil.Run(t, pemkey.New(&config.Config{}),
		"pemkey/basicother", "pemkey/consumer", "pemkey/derkey", "pemkey/embedded", "pemkey/embedfile",
		"pemkey/keys", "pemkey/malformed", "pemkey/otherkinds", "pemkey/othersecret", "pemkey/policy",
		"pemkey/secrets", "pemkey/appsecret", "pemkey/appsecretuse")
	dir := filepath.Join(testutil.TestData(t), "src", "pemkey")
	var material []string
	b64Run := regexp.MustCompile(`[A-Za-z0-9+/=]{40,}`)
	guid := regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		material = append(material, b64Run.FindAllString(string(data), -1)...)
		material = append(material, guid.FindAllString(string(data), -1)...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(material) < 50 {
		t.Fatalf("found only %d key or secret runs in the fixtures", len(material))
	}
	n := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			n++
			for _, m := range material {
				for i := 0; i+16 <= len(m); i += 4 {
					if strings.Contains(d.Message, m[i:i+16]) {
						t.Fatalf("diagnostic leaks key material or a secret (%q): %s", m[i:i+16], d.Message)
					}
				}
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d diagnostics checked", n)
	}
}

// TestTests checks that -tests opts _test.go files in.
func TestTests(t *testing.T) {
	t.Parallel()
	// The want comments describe the default policy: ignore their mismatches.
	results := analysistest.Run(discard{}, testutil.TestData(t), pemkey.New(&config.Config{Tests: true}), "pemkey/policy")
	found := false
	for _, res := range results {
		for _, d := range res.Diagnostics {
			if strings.HasSuffix(res.Pass.Fset.Position(d.Pos).Filename, "a_test.go") && strings.HasPrefix(d.Message, "DS201: ") {
				found = true
			}
		}
	}
	if !found {
		t.Error("with -tests, the key in a_test.go is not reported")
	}
}

// TestTestSecrets checks, with -tests, that a dummy secret sent only to a
// server on this machine or only compared is not DS203 in a test file.
func TestTestSecrets(t *testing.T) {
	t.Parallel()
	testutil.Run(t, pemkey.New(&config.Config{Tests: true}), "pemkey/testsecrets")
}

// TestRepaired checks, with -tests, keys whose labels are disguised and
// repaired at run time: judged as repaired in test files (DS201), not in
// a non-test file, where the "TESTING KEY" label is the Go convention for a
// test key (net/http/internal/testcert).
func TestRepaired(t *testing.T) {
	t.Parallel()
	testutil.Run(t, pemkey.New(&config.Config{Tests: true}), "pemkey/repaired")
}

// discard is an analysistest.Testing that ignores expectation mismatches.
type discard struct{}

func (discard) Errorf(string, ...any) {}

// TestLargeEmbed checks that a key at the end of an embedded file larger
// than the size read at once (1 MiB) is found: such files are read line by
// line. The fixture is generated: 2 MiB of text, then the key.
func TestLargeEmbed(t *testing.T) {
	t.Parallel()
	key, err := os.ReadFile(filepath.Join(testutil.TestData(t), "src", "pemkey", "embedfile", "key.pem"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pkg := filepath.Join(dir, "src", "large")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package large\n\nimport _ \"embed\"\n\n// want +2 `^DS201: RSA 2048-bit private key \\(PEM\\) in \"big\\.txt\" \\(//go:embed\\) \\(`\n//\n//go:embed big.txt\nvar big string\n"
	filler := strings.Repeat("log line: nothing to see here, just padding text\n", 2<<20/49)
	for name, data := range map[string]string{"large.go": src, "big.txt": filler + string(key) + "trailer\n"} {
		if err := os.WriteFile(filepath.Join(pkg, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, dir, pemkey.New(&config.Config{}), "large")
}
