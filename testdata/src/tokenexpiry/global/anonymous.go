package global

import (
	"context"
	"net/http"
	"sync"
)

// state is a package variable of an anonymous struct type: the message
// names the variable, not "struct".
var state struct {
	mu  sync.Mutex
	tok string
}

func signIn(ctx context.Context) error {
	t, err := conf.TokenSource(ctx).Token()
	if err != nil {
		return err
	}
	state.mu.Lock()
	state.tok = t.AccessToken
	state.mu.Unlock()
	return nil
}

func authorize(req *http.Request) {
	state.mu.Lock()
	defer state.mu.Unlock()
	req.Header.Set("Authorization", "Bearer "+state.tok) // want `^DS501: DocuSign token read from field tok of package variable state`
}
