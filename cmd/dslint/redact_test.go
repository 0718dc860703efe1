package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"path/filepath"
	"strings"
	"testing"
)

// TestRedactLoadErrors feeds key literals and a secret that do not compile
// (a type error quoting the constant, an unterminated interpreted and raw
// literal) through every output format: no line of the key body, no
// secret value and no absolute path appears anywhere dslint writes, and
// each syntax error is one line.
func TestRedactLoadErrors(t *testing.T) {
	dir := t.TempDir()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalECPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	block := string(pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: der}))
	escaped := strings.ReplaceAll(block, "\n", `\n`)
	const secret = "Zx9Qw3Er5Ty7Ui9Op1As3Df5Gh7"
	for name, src := range map[string]string{
		"go.mod":                 "module example.com/redact\n\ngo 1.26.0\n",
		"typeerr/typeerr.go":     "package typeerr\n\nvar key int = \"" + escaped + "\"\n\nvar clientSecret int = \"" + secret + "\"\n",
		"unterm/unterm.go":       "package unterm\n\nconst key = \"" + block,
		"rawunterm/rawunterm.go": "package rawunterm\n\nconst key = `" + block + "\nfunc f( {\n",
	} {
		writeFile(t, filepath.Join(dir, name), src)
	}
	t.Chdir(dir)
	var body []string // the key's base64 lines
	for _, l := range strings.Split(block, "\n") {
		if l != "" && !strings.HasPrefix(l, "-----") {
			body = append(body, l[:16])
		}
	}
	for _, format := range formats {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, "-format="+format, "./...")
			if code != exitError {
				t.Errorf("exit status %d, want %d", code, exitError)
			}
			out := stdout + stderr
			for _, b := range body {
				if strings.Contains(out, b) {
					t.Errorf("key material %q in the output:\n%s", b, out)
				}
			}
			if strings.Contains(out, secret[:8]) {
				t.Errorf("the secret is in the output:\n%s", out)
			}
			// -json findings keep go vet -json's absolute paths; its errors
			// (on stderr) are relative like every other format's.
			rel := stderr
			if format != "json" {
				rel += stdout
			}
			if strings.Contains(rel, dir) {
				t.Errorf("an absolute path is in the output:\n%s", rel)
			}
			if format == "github" && !strings.Contains(stdout, "::error title=dslint::unterm/unterm.go:3:13: string literal not terminated\n") {
				t.Errorf("no annotation for the syntax error:\n%s", stdout)
			}
			if format == "text" {
				for _, want := range []string{
					"dslint: typeerr/typeerr.go:3:15: cannot use \"-----BEGIN EC PRIVATE KEY-----…\"",
					"dslint: typeerr/typeerr.go:5:24: cannot use \"Zx9Q…\" (untyped string constant) as int value",
					"dslint: unterm/unterm.go:3:13: string literal not terminated\n",
					"dslint: rawunterm/rawunterm.go:3:13: raw string literal not terminated\n",
				} {
					if !strings.Contains(stderr, want) {
						t.Errorf("error output lacks %q:\n%s", want, stderr)
					}
				}
				if n := strings.Count(stderr, "unterm/unterm.go"); n != 1 {
					t.Errorf("%d lines for the one syntax error of unterm.go, want 1:\n%s", n, stderr)
				}
			}
		})
	}
}

func TestRedact(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`could not import example.org/notexist/settings (invalid package name: "")`, `could not import example.org/notexist/settings (invalid package name: "")`},
		{`package "golang.org/x/tools/go/analysis" is not in std`, `package "golang.org/x/tools/go/analysis" is not in std`},
		{`cannot use "s3cr3tVALUE123" (untyped string constant) as int value`, `cannot use "s3cr…" (untyped string constant) as int value`},
		{`cannot use x (untyped string constant "-----BEGIN RSA PRIVATE KEY-----\nMIIE...) as int value`, `cannot use x (untyped string constant "-----BEGIN RSA PRIVATE KEY-----…") as int value`},
		{"expected declaration, found MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "expected declaration, found MIIE…"},
		{"malformed constant: `-----BEGIN PRIVATE KEY-----\nMIIEvQ", "malformed constant: `-----BEGIN PRIVATE KEY-----…`"},
		{`undefined: NewClient`, `undefined: NewClient`},
	} {
		if got := redact(c.in); got != c.want {
			t.Errorf("redact(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
