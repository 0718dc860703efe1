package global

import (
	"context"
	"net/http"
	"time"
)

var (
	shared    string
	sharedExp time.Time
)

func refresh(ctx context.Context) {
	tok, err := conf.TokenSource(ctx).Token()
	if err == nil {
		shared, sharedExp = tok.AccessToken, tok.Expiry
	}
}

// current is a plain accessor: judged at its callers.
func current() string { return shared } // want `DS501: DocuSign token read from package variable shared`

// Flawed caller: no expiry check on the way.
func call(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+current())
}

var (
	other    string
	otherExp time.Time
)

func refreshOther(ctx context.Context) {
	tok, err := conf.TokenSource(ctx).Token()
	if err == nil {
		other, otherExp = tok.AccessToken, tok.Expiry
	}
}

func currentOther() string { return other }

// Correct caller: the expiry is compared with now first.
func callOther(ctx context.Context, req *http.Request) {
	if time.Now().After(otherExp) {
		refreshOther(ctx)
	}
	req.Header.Set("Authorization", "Bearer "+currentOther())
}
