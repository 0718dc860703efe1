package shapes

import (
	"net/http"

	"golang.org/x/oauth2"
)

// Holder is flawed: its token is set by another package (or passed to
// NewHolder) and reused with no expiry check.
type Holder struct{ Tok *oauth2.Token }

func NewHolder(tok *oauth2.Token) *Holder { return &Holder{Tok: tok} }

func (h *Holder) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+h.Tok.AccessToken) // want `DS501: DocuSign token read from field Holder.Tok \(set elsewhere\)`
}

// CheckedHolder is the twin: Valid() checks the expiry first.
type CheckedHolder struct{ Tok *oauth2.Token }

func (h *CheckedHolder) Do(req *http.Request) {
	if !h.Tok.Valid() {
		return
	}
	req.Header.Set("Authorization", "Bearer "+h.Tok.AccessToken)
}

// Local is correct: its token is built here from a constant (not
// DocuSign's by any evidence), so no store from outside is assumed.
type Local struct{ tok *oauth2.Token }

func NewLocal() *Local { return &Local{tok: &oauth2.Token{AccessToken: "test"}} }

func (l *Local) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+l.tok.AccessToken)
}

// opCred is correct (the esign SDK's tokenCredential): a wrapper built over
// a token just obtained, for one operation; it does not outlive the call.
type opCred struct{ tok *oauth2.Token }

func (o *opCred) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+o.tok.AccessToken)
}

type op struct {
	cred *opCred
	req  *http.Request
}

func (o *op) run() { o.cred.Do(o.req) }

func oneOp(tok *oauth2.Token, req *http.Request) {
	(&op{cred: &opCred{tok}, req: req}).run()
}

// keptCred is the twin: the same wrapper returned by a constructor, so it
// is kept and its token reused with no expiry check.
type keptCred struct{ tok *oauth2.Token }

func (k *keptCred) Do(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+k.tok.AccessToken) // want `DS501: DocuSign token read from field keptCred.tok \(set elsewhere\)`
}

func newKept(tok *oauth2.Token) *keptCred { return &keptCred{tok} }
