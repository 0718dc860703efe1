package global

import (
	"context"
	"net/http"
)

var testToken string

// Tests may cache: not reported.
func setupTest(ctx context.Context) {
	tok, _ := conf.TokenSource(ctx).Token()
	testToken = tok.AccessToken
}

func useTest(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+testToken)
}
