package docusign

import "strings"

// Connect (DocuSign's account-level webhooks) with HMAC enabled signs each
// notification: header X-DocuSign-Signature-1 (-2, ... one per active key)
// carries the base64 of HMAC-SHA256 over the raw request body, keyed with
// the Connect HMAC secret (RULES.md, "Beyond the FAQs": Connect HMAC).
const (
	// ConnectSignaturePrefix is the name of the signature headers up to
	// their number, in canonical form.
	ConnectSignaturePrefix = "X-Docusign-Signature-"
	// ConnectHash is the hash constructor DocuSign's Connect HMAC uses.
	ConnectHash = "crypto/sha256.New"
	// ConnectXMLRoot is the root element of an XML Connect message.
	ConnectXMLRoot = "DocuSignEnvelopeInformation"
)

// ConnectEventFields are the JSON keys of a Connect (SIM) event object, and
// ConnectDataKey the key of its data object that names the envelope.
var (
	ConnectEventFields = []string{"event", "data"}
	ConnectDataKey     = "envelopeId"
)

// ConnectSignatureHeader reports whether name is one of Connect's signature
// headers, in any casing: X-DocuSign-Signature- followed by a key number.
// A prefix whose number is computed at run time ("X-DocuSign-Signature-" +
// strconv.Itoa(i)) names one as well: pass only the constant prefix with
// numbered false.
func ConnectSignatureHeader(name string, numbered bool) bool {
	if len(name) < len(ConnectSignaturePrefix) || !strings.EqualFold(name[:len(ConnectSignaturePrefix)], ConnectSignaturePrefix) {
		return false
	}
	num := name[len(ConnectSignaturePrefix):]
	if !numbered {
		return num == ""
	}
	if num == "" {
		return false
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
