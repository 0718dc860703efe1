package pemkey

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"encoding/binary"
	"encoding/pem"
	"math/big"
	"strings"
)

// parseBlock decodes one PEM block (text from BEGIN to END) with the
// standard library and fills in k's kind and size, or k.Malformed.
func parseBlock(text string, k *pemKey) {
	block, _ := pem.Decode([]byte(text))
	if block == nil {
		k.Malformed = "encoding/pem cannot decode it"
		return
	}
	if strings.Contains(block.Headers["Proc-Type"], "ENCRYPTED") {
		k.Encrypted = true
		return
	}
	switch block.Type {
	case "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY":
		if !parseDER(block.Bytes, k) && !unsupported(block.Bytes, k) {
			k.Malformed = "its body is not a PKCS#1, PKCS#8 or SEC 1 private key"
		}
	case "ENCRYPTED PRIVATE KEY":
		k.Encrypted = true
		var v asn1.RawValue
		if rest, err := asn1.Unmarshal(block.Bytes, &v); err != nil || len(rest) > 0 || v.Tag != asn1.TagSequence {
			k.Malformed = "its body is not an encrypted PKCS#8 structure"
		}
	case "DSA PRIVATE KEY":
		var d struct {
			Version       int
			P, Q, G, Y, X *big.Int
		}
		if _, err := asn1.Unmarshal(block.Bytes, &d); err != nil || d.P == nil {
			k.Malformed = "its body is not a DSA private key"
			return
		}
		k.Bits = d.P.BitLen()
	case "OPENSSH PRIVATE KEY":
		if !parseOpenSSH(block.Bytes, k) {
			k.Malformed = "its body is not an openssh-key-v1 private key"
		}
	}
}

// decodesAnyway reports whether a block with an unknown label (text from
// BEGIN to END) still decodes with encoding/pem to a PKCS#1, PKCS#8 or
// SEC 1 private key, and fills in k's kind and size if so.
func decodesAnyway(text string, k *pemKey) bool {
	block, _ := pem.Decode([]byte(text))
	return block != nil && len(block.Headers) == 0 && parseDER(block.Bytes, k)
}

// parseDER parses a PKCS#1, PKCS#8 or SEC 1 private key, whatever the
// label says (jwt.ParseRSAPrivateKeyFromPEM tries PKCS#1 then PKCS#8 too).
func parseDER(der []byte, k *pemKey) bool {
	if rk, err := x509.ParsePKCS1PrivateKey(der); err == nil {
		k.Kind, k.Bits = "RSA", rk.N.BitLen()
		return true
	}
	if ek, err := x509.ParseECPrivateKey(der); err == nil {
		k.Kind, k.Bits = "EC "+ek.Curve.Params().Name, 0
		return true
	}
	pk, err := x509.ParsePKCS8PrivateKey(der)
	if err != nil {
		return false
	}
	switch pk := pk.(type) {
	case *rsa.PrivateKey:
		k.Kind, k.Bits = "RSA", pk.N.BitLen()
	case *ecdsa.PrivateKey:
		k.Kind = "EC " + pk.Curve.Params().Name
	case ed25519.PrivateKey:
		k.Kind = "Ed25519"
	default:
		k.Kind = "PKCS#8"
	}
	return true
}

// Object identifiers of the algorithms and curves crypto/x509 parses.
var (
	oidRSA      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 1}
	oidECDSA    = asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}
	oidEd25519  = asn1.ObjectIdentifier{1, 3, 101, 112}
	oidX25519   = asn1.ObjectIdentifier{1, 3, 101, 110}
	knownAlgos  = []asn1.ObjectIdentifier{oidRSA, oidEd25519, oidX25519}
	knownCurves = []asn1.ObjectIdentifier{{1, 3, 132, 0, 33}, {1, 2, 840, 10045, 3, 1, 7}, {1, 3, 132, 0, 34}, {1, 3, 132, 0, 35}} // P-224, P-256, P-384, P-521
)

// unsupported reports whether der, which crypto/x509 cannot parse, is still
// a well-formed PKCS#8 or SEC 1 private key of an algorithm or curve Go does
// not implement (secp256k1, brainpool, Ed448, X448, RSA-PSS, DSA in
// PKCS#8): a real key, not a damaged one. A well-formed structure around an
// algorithm Go knows (rsaEncryption, a NIST curve) failed on its contents,
// and stays malformed.
func unsupported(der []byte, k *pemKey) bool {
	var p8 struct {
		Version int
		Algo    struct {
			Algorithm  asn1.ObjectIdentifier
			Parameters asn1.RawValue `asn1:"optional"`
		}
		Key []byte
	}
	if rest, err := asn1.Unmarshal(der, &p8); err == nil && len(rest) == 0 && len(p8.Key) > 0 {
		if p8.Algo.Algorithm.Equal(oidECDSA) {
			var curve asn1.ObjectIdentifier
			if _, err := asn1.Unmarshal(p8.Algo.Parameters.FullBytes, &curve); err != nil || knownCurve(curve) {
				return false
			}
			k.Kind = "EC"
			return true
		}
		for _, known := range knownAlgos {
			if p8.Algo.Algorithm.Equal(known) {
				return false
			}
		}
		k.Kind = "PKCS#8"
		return true
	}
	var sec1 struct {
		Version int
		Key     []byte
		Curve   asn1.ObjectIdentifier `asn1:"optional,explicit,tag:0"`
		Public  asn1.BitString        `asn1:"optional,explicit,tag:1"`
	}
	if rest, err := asn1.Unmarshal(der, &sec1); err == nil && len(rest) == 0 && sec1.Version == 1 &&
		len(sec1.Key) > 0 && len(sec1.Curve) > 0 && !knownCurve(sec1.Curve) {
		k.Kind = "EC"
		return true
	}
	return false
}

func knownCurve(oid asn1.ObjectIdentifier) bool {
	for _, c := range knownCurves {
		if oid.Equal(c) {
			return true
		}
	}
	return false
}

// parseOpenSSH reads the header of an openssh-key-v1 key: cipher (for
// Encrypted) and the public key's type and size.
func parseOpenSSH(b []byte, k *pemKey) bool {
	const magic = "openssh-key-v1\x00"
	if !strings.HasPrefix(string(b), magic) {
		return false
	}
	b = b[len(magic):]
	cipher, b, ok := sshString(b)
	if !ok {
		return false
	}
	k.Encrypted = string(cipher) != "none"
	if _, b, ok = sshString(b); !ok { // kdf name
		return false
	}
	if _, b, ok = sshString(b); !ok || len(b) < 4 { // kdf options
		return false
	}
	pub, _, ok := sshString(b[4:])
	if !ok {
		return false
	}
	typ, pub, ok := sshString(pub)
	if !ok {
		return false
	}
	k.Kind = "OpenSSH " + string(typ)
	if string(typ) == "ssh-rsa" {
		if _, pub, ok = sshString(pub); ok { // e
			if n, _, ok := sshString(pub); ok {
				k.Bits = new(big.Int).SetBytes(n).BitLen()
			}
		}
	}
	return true
}

// sshString reads one length-prefixed SSH wire string.
func sshString(b []byte) (s, rest []byte, ok bool) {
	if len(b) < 4 {
		return nil, b, false
	}
	n := binary.BigEndian.Uint32(b)
	if uint64(n) > uint64(len(b)-4) {
		return nil, b, false
	}
	return b[4 : 4+n], b[4+n:], true
}
