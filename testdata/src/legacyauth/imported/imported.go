// Package imported sets headers whose names are joined from another
// package's lists: the legacy header is DS601 like a local one, the twin
// that joins to another header name is not.
package imported

import (
	"net/http"
	"strings"

	"legacyauth/imported/parts"
)

func legacy(req *http.Request, v string) {
	req.Header.Set(strings.Join(parts.Legacy, "-"), v) // want `DS601: X-DocuSign-Authentication header`
}

func requestID(req *http.Request, v string) {
	req.Header.Set(strings.Join(parts.RequestID, "-"), v)
}
