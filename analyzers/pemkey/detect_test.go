package pemkey

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"strings"
	"sync"
	"testing"
)

// Throwaway keys generated for each test run (never stored).
var genKeys = sync.OnceValue(func() map[string]string {
	rk, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	ek, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	p8, _ := x509.MarshalPKCS8PrivateKey(rk)
	sec1, _ := x509.MarshalECPrivateKey(ek)
	pub, _ := x509.MarshalPKIXPublicKey(&rk.PublicKey)
	enc := func(typ string, der []byte) string {
		return string(pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}))
	}
	return map[string]string{
		"der1":   string(x509.MarshalPKCS1PrivateKey(rk)),
		"der8":   string(p8),
		"derec":  string(sec1),
		"derpub": string(pub),
		"pkcs1":  enc("RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rk)),
		"pkcs8":  enc("PRIVATE KEY", p8),
		"ec":     enc("EC PRIVATE KEY", sec1),
		"pub":    enc("PUBLIC KEY", pub),
		"cert":   enc("CERTIFICATE", pub), // only the label matters here
	}
})

type detectCase struct {
	name string
	in   string
	want []string // Describe() + "|" + Encoding + ["|malformed"] per key
}

func detectCases() []detectCase {
	k := genKeys()
	pkcs1, pkcs8 := k["pkcs1"], k["pkcs8"]
	body := func(s string) string { // between the BEGIN and END lines
		lines := strings.Split(strings.TrimSpace(s), "\n")
		return strings.Join(lines[1:len(lines)-1], "\n")
	}
	escaped := strings.ReplaceAll(pkcs8, "\n", `\n`)
	b64 := base64.StdEncoding.EncodeToString([]byte(pkcs1))
	return []detectCase{
		{"pkcs1", pkcs1, []string{"RSA 2048-bit private key|PEM"}},
		{"pkcs8", pkcs8, []string{"RSA 2048-bit private key|PEM"}},
		{"ec", k["ec"], []string{"EC P-256 private key|PEM"}},
		{"escaped", escaped, []string{`RSA 2048-bit private key|one-line PEM with \n escapes`}},
		{"escaped-crlf", strings.ReplaceAll(pkcs8, "\n", `\r\n`), []string{`RSA 2048-bit private key|one-line PEM with \n escapes`}},
		{"base64", b64, []string{"RSA 2048-bit private key|base64-encoded PEM"}},
		{"base64-in-json", `{"key":"` + b64 + `"}`, []string{"RSA 2048-bit private key|base64-encoded PEM"}},
		{"two-keys", pkcs1 + k["ec"], []string{"RSA 2048-bit private key|PEM", "EC P-256 private key|PEM"}},
		{"indented-end", strings.Replace(pkcs1, "\n-----END", "\n\t-----END", 1), []string{"RSA 2048-bit private key|PEM|malformed"}},
		{"unknown-label", "-----BEGIN RSA KEYPAIR-----\n" + body(pkcs1) + "\n-----END RSA KEYPAIR-----\n", []string{"RSA 2048-bit private key|PEM"}}, // loads: the decoders ignore labels
		{"unknown-label-mismatch", "-----BEGIN RSA KEYPAIR-----\n" + body(pkcs1) + "\n-----END RSA KEY-----\n", []string{"RSA 2048-bit private key|PEM|malformed"}},
		{"mismatch", "-----BEGIN RSA PRIVATE KEY-----\n" + body(pkcs1) + "\n-----END PRIVATE KEY-----\n", []string{"RSA 2048-bit private key|PEM|malformed"}},
		{"no-end", "-----BEGIN RSA PRIVATE KEY-----\n" + body(pkcs1) + "\n", []string{"RSA 2048-bit private key|PEM|malformed"}},
		{"no-begin", body(pkcs1) + "\n-----END RSA PRIVATE KEY-----\n", []string{"RSA 2048-bit private key|PEM|malformed"}},
		{"not-base64", "-----BEGIN RSA PRIVATE KEY-----\n" + body(pkcs1) + "\nnot base64!\n-----END RSA PRIVATE KEY-----\n", []string{"RSA private key|PEM|malformed"}},
		{"x509-fails", "-----BEGIN RSA PRIVATE KEY-----\n" + base64.StdEncoding.EncodeToString([]byte(strings.Repeat("not a key, but long enough text! ", 4))) + "\n-----END RSA PRIVATE KEY-----\n", []string{"RSA private key|PEM|malformed"}},
		{"one-line-spaces", strings.ReplaceAll(strings.TrimSpace(pkcs1), "\n", " "), []string{"RSA 2048-bit private key|PEM|malformed"}},
		{"encrypted-legacy", "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\n" + body(pkcs1) + "\n-----END RSA PRIVATE KEY-----\n", []string{"encrypted RSA private key|PEM"}},
		{"pgp", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF" + strings.Repeat("QUFB", 30) + "\n=XyZ1\n-----END PGP PRIVATE KEY BLOCK-----\n", []string{"PGP private key|PEM"}},
		{"base64-der-pkcs1", base64.StdEncoding.EncodeToString([]byte(k["der1"])), []string{"RSA 2048-bit private key|base64 DER with no PEM lines"}},
		{"base64-der-pkcs8-raw", base64.RawStdEncoding.EncodeToString([]byte(k["der8"])), []string{"RSA 2048-bit private key|base64 DER with no PEM lines"}},
		{"base64-der-ec", " " + base64.StdEncoding.EncodeToString([]byte(k["derec"])) + "\n", []string{"EC P-256 private key|base64 DER with no PEM lines"}},
		{"der", k["der8"], []string{"RSA 2048-bit private key|binary DER"}},
		// Not keys.
		{"base64-der-pem-body", wrap(base64.StdEncoding.EncodeToString([]byte(k["der1"]))), nil}, // reported where the PEM lines are added
		{"base64-der-public", base64.StdEncoding.EncodeToString([]byte(k["derpub"])), nil},
		{"base64-der-truncated", base64.StdEncoding.EncodeToString([]byte(k["der1"]))[:400], nil},
		{"base64-der-in-text", "key: " + base64.StdEncoding.EncodeToString([]byte(k["der1"])), nil},
		{"base64-not-der", "M" + strings.Repeat("QUFB", 40), nil},
		{"placeholder", "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----", nil},
		{"placeholder-x", "-----BEGIN RSA PRIVATE KEY-----\n" + strings.Repeat("X", 64) + "\n" + strings.Repeat("x", 64) + "\n-----END RSA PRIVATE KEY-----", nil},
		{"placeholder-words", "-----BEGIN PRIVATE KEY-----\npaste your key here\n-----END PRIVATE KEY-----", nil},
		{"header-only", "-----BEGIN RSA PRIVATE KEY-----", nil},
		{"public", k["pub"], nil},
		{"cert", k["cert"], nil},
		{"testing-key", strings.ReplaceAll(pkcs1, "PRIVATE KEY", "TESTING KEY"), nil},
		{"empty", "", nil},
		{"b64-prefix-only", b64Begin, nil},
		{"prose", "keys start with -----BEGIN and end with -----END lines", nil},
	}
}

// wrap breaks s into 64-character lines.
func wrap(s string) string {
	var lines []string
	for len(s) > 64 {
		lines, s = append(lines, s[:64]), s[64:]
	}
	return strings.Join(append(lines, s), "\n")
}

func describe(keys []pemKey) []string {
	var out []string
	for _, k := range keys {
		s := k.Describe() + "|" + k.Encoding.String()
		if k.Malformed != "" {
			s += "|malformed"
		}
		out = append(out, s)
	}
	return out
}

func TestDetect(t *testing.T) {
	for _, tc := range detectCases() {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(findKeys(tc.in))
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("Detect = %q, want %q", got, tc.want)
			}
			for _, k := range findKeys(tc.in) {
				assertNoMaterial(t, tc.in, k.Describe()+" "+k.Malformed)
			}
		})
	}
}

// assertNoMaterial fails if msg holds a run of 16 or more base64
// characters that also occurs in src (a piece of the key).
func assertNoMaterial(t *testing.T, src, msg string) {
	t.Helper()
	run := 0
	for i := 0; i <= len(msg); i++ {
		if i < len(msg) && isB64(msg[i]) {
			run++
			continue
		}
		if run >= 16 && strings.Contains(src, msg[i-run:i]) {
			t.Errorf("message %q contains key material %q", msg, msg[i-run:i])
		}
		run = 0
	}
}

func TestQuick(t *testing.T) {
	for _, tc := range detectCases() {
		if len(tc.want) > 0 && !quick(tc.in) {
			t.Errorf("%s: Quick = false for a string with a key", tc.name)
		}
	}
}
