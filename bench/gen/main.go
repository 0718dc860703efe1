// Command gen writes a synthetic Go module for benchmarking dslint: n
// packages that import each other in layers, mixing DocuSign integration
// code (1 in 10 packages), look-alikes that must stay silent (2 in 10:
// other OAuth providers, JWTs for other audiences, DocuSign named in prose)
// and plain application code (the rest).
//
//	gen -n 500 -o /tmp/synth500
//
// With -large N it writes instead one package of N generated files, the
// shape of a large OpenAPI client (see large.go); -docusign puts DocuSign
// integration code in it too.
//
//	gen -large 1100 -o /tmp/large
//	gen -large 1100 -docusign -o /tmp/large-ds
//
// The module requires golang.org/x/oauth2 and github.com/golang-jwt/jwt/v5;
// run `go mod tidy` in it afterwards (bench/run.sh does).
package main

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strings"
)

const modulePath = "example.com/synth"

func main() {
	n := flag.Int("n", 100, "number of packages")
	out := flag.String("o", "", "output directory (created; must not exist or be empty)")
	large := flag.Int("large", 0, "write one package of this many generated files instead of -n packages")
	docusign := flag.Bool("docusign", false, "with -large: put DocuSign integration code in the package too")
	flag.Parse()
	if *out == "" || *n < 1 || *large < 0 || (*docusign && *large == 0) {
		log.Fatal("usage: gen -n packages -o dir | gen -large files [-docusign] -o dir")
	}
	var err error
	if *large > 0 {
		err = generateLarge(*large, *docusign, *out)
	} else {
		err = generate(*n, *out)
	}
	if err != nil {
		log.Fatal(err)
	}
}

func generate(n int, dir string) error {
	keyPEM, err := throwawayKey()
	if err != nil {
		return err
	}
	if err := write(filepath.Join(dir, "go.mod"), goMod()); err != nil {
		return err
	}
	for i := range n {
		files := packageFiles(i, keyPEM)
		for name, src := range files {
			if err := write(filepath.Join(dir, pkgDir(i), name), src); err != nil {
				return err
			}
		}
	}
	return nil
}

// throwawayKey returns a PEM RSA key generated per run, never committed.
func throwawayKey() (string, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return "", err
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)})), nil
}

// goMod is the generated module's go.mod.
func goMod() string {
	return "module " + modulePath + "\n\ngo 1.26.0\n\nrequire (\n" +
		"\tgithub.com/golang-jwt/jwt/v5 v5.3.1\n\tgolang.org/x/oauth2 v0.37.0\n)\n"
}

// pkgDir places package i in a group directory of 50, e.g. g03/p0171.
func pkgDir(i int) string { return fmt.Sprintf("g%02d/p%04d", i/50, i) }

func pkgName(i int) string { return fmt.Sprintf("p%04d", i) }

// deps returns the packages package i imports: two from the group below
// its own (groups of 50), so the import graph is layered like an
// application's (depth n/50, not a chain of n) and connected.
func deps(i int) []int {
	g := i / 50
	if g == 0 {
		if i == 0 {
			return nil
		}
		return []int{i / 2}
	}
	below := (g - 1) * 50
	a, b := below+i%50, below+(i*7+3)%50
	if a == b {
		return []int{a}
	}
	return []int{a, b}
}

// kind chooses what package i contains.
func kind(i int) string {
	switch i % 10 {
	case 3:
		return "docusign"
	case 5, 8:
		return "lookalike"
	}
	return "plain"
}

func packageFiles(i int, keyPEM string) map[string]string {
	files := map[string]string{
		"model.go":   expand(plainModel, i),
		"service.go": expand(plainService, i),
	}
	switch kind(i) {
	case "docusign":
		src := docusignConfig
		if (i/10)%2 == 1 { // half of the integrations keep an embedded key
			src += strings.ReplaceAll(docusignKey, "KEYPEM", keyPEM)
		}
		files["docusign.go"] = expand(src, i)
		files["envelopes.go"] = expand(docusignCalls, i)
	case "lookalike":
		files["auth.go"] = expand(lookalike, i)
	default:
		files["util.go"] = expand(plainUtil, i)
	}
	return files
}

// expand fills the placeholders of a file template for package i.
func expand(tmpl string, i int) string {
	var imports, uses strings.Builder
	for _, d := range deps(i) {
		fmt.Fprintf(&imports, "\t%q\n", modulePath+"/"+pkgDir(d))
		fmt.Fprintf(&uses, "\t_ = %s.Version\n", pkgName(d))
	}
	r := strings.NewReplacer(
		"PKGNAME", pkgName(i),
		"NUM", fmt.Sprint(i),
		"DEPIMPORTS", imports.String(),
		"DEPUSES", uses.String(),
	)
	return r.Replace(tmpl)
}

func write(path, content string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	data := []byte(content)
	if strings.HasSuffix(path, ".go") {
		var err error
		if data, err = format.Source(data); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
	}
	return os.WriteFile(path, data, 0o644)
}
