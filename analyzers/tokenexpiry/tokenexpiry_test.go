package tokenexpiry_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/dslint/dslint/analyzers/tokenexpiry"
	"github.com/dslint/dslint/internal/config"
	"github.com/dslint/dslint/internal/testutil"
)

// One run over every fixture: the analyzer exports facts, so each load
// type-checks the dependencies (net/http included) from source.
func TestTokenExpiry(t *testing.T) {
	results := testutil.RunWithSuggestedFixes(t, tokenexpiry.New(&config.Config{}),
		"tokenexpiry/global", "tokenexpiry/field", "tokenexpiry/mapcache", "tokenexpiry/closure",
		"tokenexpiry/once", "tokenexpiry/static", "tokenexpiry/literal", "tokenexpiry/literalimport",
		"tokenexpiry/provider", "tokenexpiry/consumer", "tokenexpiry/fork", "tokenexpiry/notds",
		"tokenexpiry/respuse", "tokenexpiry/legacygrant", "tokenexpiry/legacyconfigured", "tokenexpiry/callercheck",
		"tokenexpiry/crosscheck/...", "tokenexpiry/otherprovider", "tokenexpiry/halfconfigured", "tokenexpiry/grantmention", "tokenexpiry/grantboth",
		"tokenexpiry/sourceprovider", "tokenexpiry/sourceconsumer", "tokenexpiry/respstore", "tokenexpiry/otherservice", "tokenexpiry/order", "tokenexpiry/exemptions", "tokenexpiry/shapes", "tokenexpiry/variants", "tokenexpiry/containers",
		"tokenexpiry/misses", "tokenexpiry/memouser/...", "tokenexpiry/ghcache", "tokenexpiry/cachedprov", "tokenexpiry/cachedcons", "tokenexpiry/served",
		"tokenexpiry/resume", "tokenexpiry/sharedcred/...", "tokenexpiry/ownprov", "tokenexpiry/wrapped/...", "tokenexpiry/setter/...", "tokenexpiry/prune")

	// Ranges are narrow: the callee, the literal's type or the read
	// expression, on one line.
	allowed := map[string]bool{
		"oauth2.StaticTokenSource": true, "esign.TokenCredential": true, "Token": true, "oauth2.Token": true,
		"cached": true, "accessToken": true, "shared": true, "c.tok": true, "tokens[user]": true, "raw[user]": true,
		"tok": true, "s.tok": true, "copied": true, "a.token": true, "o.token": true, "c.token": true, "a.ds": true, "a.cfgTok": true,
		"a.tokens[user]": true, "a.jwtTok": true, "state.tok": true, "r.token": true,
		"p.token": true, "l.token": true, "e.token": true, "s.token": true,
		"c.accessToken": true, "w.access": true, "e.accessToken": true, "a.tok": true, "users[user]": true, "fork.Token": true, "new(fork.Token)": true, "s.fromJWT": true, "s.fromFork": true, "s.fromCode": true, "s.fromCred": true,
		"s.fromJSON": true, "s.fromMap": true, "s.retried": true, "s.checkedTok": true, "*c.tok": true, "static": true, "credential": true, "cred": true, "creds.Demo": true, "creds.Client": true, "new(oauth2.Token)": true, "h.Tok": true, "k.tok": true,
		"memo.Get": true, "b.accessToken": true, "c.bearer": true, "cred.Shared": true, "cred.Static": true, "g.tok": true, "g.Tok": true, "SetToken": true, "t": true, "tokens.Lookup": true, "shared.Load": true, "first.LoadOrStore": true, "c.m.Load": true,
	}
	// Where a token was stored and obtained is related information of the
	// finding, not part of its message.
	origins := map[string]string{
		"shapes/helper.go:28":         "the token comes from (*oauth2.Config).Exchange here",
		"shapes/routes.go:26":         "the token comes from (*oauth2.Config).Exchange here",
		"shapes/shapes.go:39":         "the token comes from (*oauth2.Config).Exchange here",
		"containers/containers.go:45": "the token comes from (oauth2.TokenSource).Token here",
		"variants/shapes.go:64":       "the token comes from (*oauth2.Config).Exchange here",
		"variants/sources.go:39":      "the token comes from (*jwt.Config).Token here",
		"variants/sources.go:61":      "the token comes from (*oauth2.Config).RefreshToken here",
		"variants/sources.go:71":      "the token comes from (*esign.OAuth2Credential).Token here",
		"variants/sinks.go:56":        "the token comes from (*oauth2.Config).Exchange here",
		"setter/setter.go:36":         "the token comes from (oauth2.TokenSource).Token here",
	}
	n := 0
	for _, res := range results {
		for _, d := range res.Diagnostics {
			n++
			start, end := res.Pass.Fset.Position(d.Pos), res.Pass.Fset.Position(d.End)
			at := fmt.Sprintf("%s/%s:%d", filepath.Base(filepath.Dir(start.Filename)), filepath.Base(start.Filename), start.Line)
			if want, ok := origins[at]; ok {
				if r := d.Related; len(r) == 0 || r[len(r)-1].Message != want || !r[len(r)-1].Pos.IsValid() {
					t.Errorf("%s: %s related %v, want last at a valid position: %q", start, d.Category, r, want)
				}
				delete(origins, at)
			}
			if d.Category == "DS501" && (len(d.Related) == 0 || !strings.HasPrefix(d.Related[0].Message, "the ") || !d.Related[0].Pos.IsValid()) {
				t.Errorf("%s: DS501 related %v, want where the token is stored first", start, d.Related)
			}
			if !d.End.IsValid() || start.Line != end.Line {
				t.Errorf("%s: %s: range must be on one line, got end %s", start, d.Category, end)
				continue
			}
			src, err := os.ReadFile(start.Filename)
			if err != nil {
				t.Fatal(err)
			}
			if text := string(src[start.Offset:end.Offset]); !allowed[text] {
				t.Errorf("%s: %s reported over %q", start, d.Category, text)
			}
		}
	}
	if n == 0 {
		t.Error("no diagnostics")
	}
	for at := range origins {
		t.Errorf("%s: no finding with the token's origin", at)
	}
}

// The local variant reports what needs no facts and misses the token that
// package consumer gets from package provider.
func TestLocal(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the fixtures a second time; skipped with -short")
	}
	testdata := testutil.TestData(t)
	results := analysistest.Run(t, testdata, tokenexpiry.NewLocal(&config.Config{}), "tokenexpiry/localonly")
	if len(results) == 0 || len(results[0].Diagnostics) != 1 {
		t.Errorf("want exactly the local finding, got %v", results)
	}
}
