package main

// File templates. PKGNAME, NUM, DEPIMPORTS and DEPUSES are replaced by
// expand; only plainModel imports the package's dependencies.

const plainModel = `// Package PKGNAME is synthetic benchmark code (package NUM).
package PKGNAME

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
DEPIMPORTS)

// Version identifies the package.
const Version = "PKGNAME/v1.NUM"

func init() {
DEPUSES}

// Status is the state of an order.
type Status int

// Order states.
const (
	Pending Status = iota
	Paid
	Shipped
	Cancelled
)

func (s Status) String() string {
	switch s {
	case Pending:
		return "pending"
	case Paid:
		return "paid"
	case Shipped:
		return "shipped"
	}
	return "cancelled"
}

// Order is a customer order.
type Order struct {
	ID        string            ` + "`json:\"id\"`" + `
	Customer  string            ` + "`json:\"customer\"`" + `
	Lines     []Line            ` + "`json:\"lines\"`" + `
	Status    Status            ` + "`json:\"status\"`" + `
	Created   time.Time         ` + "`json:\"created\"`" + `
	Labels    map[string]string ` + "`json:\"labels,omitempty\"`" + `
}

// Line is one order line.
type Line struct {
	SKU      string
	Quantity int
	Cents    int64
}

// ErrEmpty is returned for orders without lines.
var ErrEmpty = errors.New("PKGNAME: order has no lines")

// Total returns the order total in cents.
func (o *Order) Total() (int64, error) {
	if len(o.Lines) == 0 {
		return 0, ErrEmpty
	}
	var t int64
	for _, l := range o.Lines {
		t += int64(l.Quantity) * l.Cents
	}
	return t, nil
}

// Summary describes the order for logs.
func (o *Order) Summary() string {
	skus := make([]string, 0, len(o.Lines))
	for _, l := range o.Lines {
		skus = append(skus, l.SKU)
	}
	sort.Strings(skus)
	return fmt.Sprintf("order %s for %s (%s): %s", o.ID, o.Customer, o.Status, strings.Join(skus, ", "))
}

// Decode parses an order from JSON.
func Decode(data []byte) (*Order, error) {
	var o Order
	if err := json.Unmarshal(data, &o); err != nil {
		return nil, fmt.Errorf("PKGNAME: decode order: %w", err)
	}
	if o.ID == "" {
		return nil, errors.New("PKGNAME: order without id")
	}
	return &o, nil
}
`

const plainService = `package PKGNAME

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Store keeps orders in memory.
type Store struct {
	mu     sync.RWMutex
	orders map[string]*Order
	now    func() time.Time
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{orders: make(map[string]*Order), now: time.Now}
}

// Put stores o.
func (s *Store) Put(o *Order) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if o.Created.IsZero() {
		o.Created = s.now()
	}
	s.orders[o.ID] = o
}

// Get returns the order with the given id.
func (s *Store) Get(id string) (*Order, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	o, ok := s.orders[id]
	return o, ok
}

// Filter returns the orders for which keep returns true.
func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// Handler serves orders over HTTP.
func (s *Store) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", func(w http.ResponseWriter, r *http.Request) {
		o, ok := s.Get(r.PathValue("id"))
		if !ok {
			http.Error(w, "no such order", http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, "{\"id\":%q,\"status\":%q}", o.ID, o.Status)
	})
	return mux
}

// Expire cancels pending orders older than ttl.
func (s *Store) Expire(ctx context.Context, ttl time.Duration) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, o := range s.orders {
		if ctx.Err() != nil {
			break
		}
		if o.Status == Pending && s.now().Sub(o.Created) > ttl {
			o.Status = Cancelled
			n++
		}
	}
	return n
}
`

const plainUtil = `package PKGNAME

import (
	"os"
	"strconv"
	"strings"
	"unicode"
)

// Config is read from the environment.
type Config struct {
	Addr     string
	Workers  int
	Debug    bool
	Endpoint string
}

// FromEnv reads the configuration.
func FromEnv() Config {
	c := Config{Addr: ":8080", Workers: 4, Endpoint: "https://api.example.com/v2/orders"}
	if v := os.Getenv("ADDR"); v != "" {
		c.Addr = v
	}
	if n, err := strconv.Atoi(os.Getenv("WORKERS")); err == nil && n > 0 {
		c.Workers = n
	}
	c.Debug = strings.EqualFold(os.Getenv("DEBUG"), "true")
	return c
}

// Slug turns a title into a URL slug.
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
`

const docusignConfig = `package PKGNAME

import (
	"context"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

// DocuSign settings of integration NUM.
const (
	authServer  = "https://account-d.docusign.com"
	integrator  = "8c1a2f55-0000-4000-8000-0000000000NUM"
	restBaseURI = "https://demo.docusign.net/restapi"
)

// prodAuthServer is used when DOCUSIGN_ENV=production.
const prodAuthServer = "https://account.docusign.com"

// oauthConfig is the authorization code grant configuration.
var oauthConfig = &oauth2.Config{
	ClientID:     integrator,
	ClientSecret: os.Getenv("DOCUSIGN_SECRET"),
	RedirectURL:  "https://app.example.com/callback",
	Scopes:       []string{"signature", "impersonation"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  authServer + "/oauth/auth",
		TokenURL: authServer + "/oauth/token",
	},
}

// assertion builds the JWT grant assertion for user.
func assertion(user string, key any) (string, error) {
	now := time.Now()
	claims := jwt.MapClaims{
		"iss":   integrator,
		"sub":   user,
		"aud":   "account-d.docusign.com",
		"iat":   now.Unix(),
		"exp":   now.Add(time.Hour).Unix(),
		"scope": "signature impersonation",
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

var cached *oauth2.Token

// accessToken returns a token for the eSignature API.
func accessToken(ctx context.Context, code string) (*oauth2.Token, error) {
	if cached != nil {
		return cached, nil
	}
	tok, err := oauthConfig.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	cached = tok
	return tok, nil
}

func authHost() string {
	if os.Getenv("DOCUSIGN_ENV") == "production" {
		return prodAuthServer
	}
	return authServer
}
`

const docusignKey = `
// privateKey is the integration's RSA key (embedded: DS201).
const privateKey = ` + "`KEYPEM`" + `

func signingKey() (any, error) { return jwt.ParseRSAPrivateKeyFromPEM([]byte(privateKey)) }
`

const docusignCalls = `package PKGNAME

import (
	"context"
	"fmt"
	"net/http"
	"strings"
)

// sendEnvelope posts an envelope definition to the account's base URI.
func sendEnvelope(ctx context.Context, accountID, body string) (*http.Response, error) {
	tok, err := accessToken(ctx, "code")
	if err != nil {
		return nil, err
	}
	url := fmt.Sprintf("%s/v2.1/accounts/%s/envelopes", restBaseURI, accountID)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	tok.SetAuthHeader(req)
	req.Header.Set("Content-Type", "application/json")
	return http.DefaultClient.Do(req)
}

// consentURL is where an admin grants consent once.
func consentURL(state string) string {
	_ = authHost()
	return oauthConfig.AuthCodeURL(state)
}
`

const lookalike = `package PKGNAME

import (
	"context"
	"log"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

// Google and Okta, not DocuSign: nothing here is about DocuSign even where
// the words look alike (docs mention "DocuSign-style envelopes").
var googleConfig = &oauth2.Config{
	ClientID: "1234.apps.googleusercontent.com",
	Scopes:   []string{"openid", "email", "profile"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://accounts.google.com/o/oauth2/auth",
		TokenURL: "https://oauth2.googleapis.com/token",
	},
	RedirectURL: "https://app.example.com/google/callback",
}

const oktaIssuer = "https://dev-NUM.okta.com/oauth2/default"

// serviceToken signs a token for an internal service.
func serviceToken(key any) (string, error) {
	claims := jwt.RegisteredClaims{
		Issuer:    "orders-PKGNAME",
		Subject:   "svc",
		Audience:  jwt.ClaimStrings{"https://internal.example.com"},
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(15 * time.Minute)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

func login(ctx context.Context, code string) (*oauth2.Token, error) {
	log.Printf("docusign-like signing flow for %s", oktaIssuer)
	return googleConfig.Exchange(ctx, code)
}

const publicKeyPEM = ` + "`-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexample\n-----END PUBLIC KEY-----`" + `
`
