// Package esign is a stub of github.com/jfcote87/esign@v0.9.0 for dslint's analysistest fixtures: it mirrors the real
// exported API (names, types, signatures) used by the fixtures; bodies are placeholders.
package esign

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// ErrNilOp used to indicate a nil operation pointer
var ErrNilOp = errors.New("nil operation")

// VersionV21  indicates that the url will resolve
// to /restapi/v2.1
var VersionV21 = &APIVersion{Version: "v2.1"}

// ClickV1 defines url replacement for clickraps api
var ClickV1 = &APIVersion{
	Version: "v1",
	Prefix:  "clickapi",
}

// APIVersion defines the prefix used to resolve an operation's url.  If
// nil or blank, "v2" is assumed.
type APIVersion struct {
	Version string
	Prefix  string
}

// ResolveDSURL updates the passed *url.URL's settings.
func (v *APIVersion) ResolveDSURL(u *url.URL, host string, accountID string) *url.URL {
	newURL := *u
	newURL.Scheme = "https"
	newURL.Host = host
	var prefix = "/restapi"
	var version = "/v2" // default is v2 restapi
	if v != nil {
		if v.Prefix != "" {
			prefix = "/" + v.Prefix
		}
		if v.Version != "" {
			version = "/" + v.Version
		}
	}
	if strings.HasPrefix(u.Path, "/") {
		newURL.Path = prefix + u.Path
	} else {
		newURL.Path = prefix + version + "/accounts/" + accountID + "/" + u.Path
	}
	return &newURL
}

// Credential adds an authorization header(s) for the http request,
// resolves the http client and finalizes the url.
type Credential interface {
	// AuthDo attaches an authorization header to a request, prepends
	// account and user ids to url, and sends request.  This func must
	// always close the request Body.
	AuthDo(context.Context, *http.Request, *APIVersion) (*http.Response, error)
}

// Op contains all needed information to perform a DocuSign operation.
type Op struct {
	// Used for authorization and for URL completion
	Credential Credential
	// POST,GET,PUT,DELETE
	Method string
	// If not prefixed with "/", Credential will prepend the accountId
	// /restapi/v2/accounts/{accountId}
	Path string
	// Payload will be marshalled into the request body
	Payload interface{}
	// Additional query parameters
	QueryOpts url.Values
	// Upload files for document creation
	Files []*UploadFile
	// Set Accept to a mimeType if response will
	// not be application/json
	Accept string
	// Leave nil for v2
	Version *APIVersion
}

// Do sends a request to DocuSign.  Response data is decoded into
// result.  Any non-2xx status code is returned as a *ResponseError.
func (op *Op) Do(ctx context.Context, result interface{}) error { return nil }

// ResponseError describes DocuSign's server error response.
type ResponseError struct {
	ErrorCode   string `json:"errorCode,omitempty"`
	Description string `json:"message,omitempty"`
	Status      int    `json:"-"`
	Raw         []byte `json:"-"`
	OriginalErr error  `json:"-"`
}

// Error fulfills error interface
func (r ResponseError) Error() string { return r.ErrorCode + ": " + r.Description }

// NewResponseError unmarshals buff, containing a DocuSign server error,
// into a ResponseError
func NewResponseError(buff []byte, status int) *ResponseError {
	return &ResponseError{Status: status, Raw: buff}
}

// Download is used to return image and pdf files from DocuSign. The developer
// needs to ensure to close when finished reading.
type Download struct {
	io.ReadCloser
	// ContentLength from response
	ContentLength int64
	// ContentType header value
	ContentType string
}

// UploadFile describes an a document attachment for uploading.
type UploadFile struct {
	// mime type of content
	ContentType string
	// file name to display in envelope or to identify signature
	FileName string
	// envelope documentId
	ID string
	// reader for creating file
	io.Reader
}

// Close closes the io.Reader if an io.Closer.
func (uf *UploadFile) Close() {}

// Valid ensures UploadFile.Reader is not nil.
func (uf *UploadFile) Valid() bool { return uf != nil && uf.Reader != nil }
