package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// Large-package mode: one package of many generated files, the shape of an
// OpenAPI client such as okta-sdk-golang's okta package (1,139 files,
// 373k lines): json-tagged models with getters and setters, API services
// that build paths and headers from string literals, and an OAuth/JWT
// configuration for the provider. With docusign, every docusignEvery-th
// file also holds a DocuSign integration (the templates of the module mode
// with their names made unique), so the DocuSign rules have work to do.

// docusignEvery is how often a large package gets a DocuSign file.
const docusignEvery = 50

// largeFields are the fields of each generated model: name, Go type, and
// the zero value a getter returns.
var largeFields = []struct{ name, typ, zero string }{
	{"Id", "string", `""`}, {"Name", "string", `""`}, {"Description", "string", `""`},
	{"Status", "string", `""`}, {"Created", "time.Time", "time.Time{}"}, {"LastUpdated", "time.Time", "time.Time{}"},
	{"Priority", "int32", "0"}, {"Enabled", "bool", "false"}, {"Labels", "[]string", "nil"},
	{"Profile", "map[string]interface{}", "nil"}, {"Href", "string", `""`}, {"Type", "string", `""`},
}

// generateLarge writes a module with one package "api" of files files.
func generateLarge(files int, docusign bool, dir string) error {
	keyPEM, err := throwawayKey()
	if err != nil {
		return err
	}
	if err := write(filepath.Join(dir, "go.mod"), goMod()); err != nil {
		return err
	}
	if err := write(filepath.Join(dir, "api", "client.go"), largeClient); err != nil {
		return err
	}
	for i := range files {
		if err := write(filepath.Join(dir, "api", fmt.Sprintf("model_thing%04d.go", i)), largeFile(i)); err != nil {
			return err
		}
		if docusign && i%docusignEvery == docusignEvery/2 {
			src := docusignConfig + strings.ReplaceAll(docusignKey, "KEYPEM", keyPEM)
			if err := write(filepath.Join(dir, "api", fmt.Sprintf("docusign%04d.go", i)), unique(expand(src, i), i)); err != nil {
				return err
			}
			if err := write(filepath.Join(dir, "api", fmt.Sprintf("envelopes%04d.go", i)), unique(expand(docusignCalls, i), i)); err != nil {
				return err
			}
		}
	}
	return nil
}

// templateNames are the package-level names of the DocuSign templates;
// unique suffixes them so that several copies fit in one package.
var templateNames = regexp.MustCompile(`\b(authServer|integrator|restBaseURI|prodAuthServer|oauthConfig|assertion|cached|accessToken|authHost|sendEnvelope|consentURL|privateKey|signingKey)\b`)

// unique renames a DocuSign template's package-level names for file i and
// puts it in package api.
func unique(src string, i int) string {
	src = strings.Replace(src, "package "+pkgName(i), "package api", 1)
	return templateNames.ReplaceAllString(src, fmt.Sprintf("${1}%d", i))
}

// largeFile returns generated file i: model ThingN with accessors and its
// API service.
func largeFile(i int) string {
	var b strings.Builder
	t := fmt.Sprintf("Thing%d", i)
	fmt.Fprintf(&b, "package api\n\nimport (\n\t\"context\"\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"net/http\"\n\t\"net/url\"\n\t\"strings\"\n\t\"time\"\n)\n\n")
	fmt.Fprintf(&b, "// %s is a generated model.\ntype %s struct {\n", t, t)
	for _, f := range largeFields {
		fmt.Fprintf(&b, "\t%s *%s `json:\"%s,omitempty\"`\n", f.name, f.typ, strings.ToLower(f.name[:1])+f.name[1:])
	}
	fmt.Fprintf(&b, "\tAdditionalProperties map[string]interface{}\n}\n\n")
	for _, f := range largeFields {
		fmt.Fprintf(&b, "// Get%[2]s returns the %[2]s field value if set, zero value otherwise.\nfunc (o *%[1]s) Get%[2]s() %[3]s {\n\tif o == nil || o.%[2]s == nil {\n\t\tvar ret %[3]s\n\t\treturn ret\n\t}\n\treturn *o.%[2]s\n}\n\n", t, f.name, f.typ)
		fmt.Fprintf(&b, "// Get%[2]sOk returns a tuple with the %[2]s field value if set, nil otherwise.\nfunc (o *%[1]s) Get%[2]sOk() (*%[3]s, bool) {\n\tif o == nil || o.%[2]s == nil {\n\t\treturn nil, false\n\t}\n\treturn o.%[2]s, true\n}\n\n", t, f.name, f.typ)
		fmt.Fprintf(&b, "// Has%[2]s returns a boolean if a field has been set.\nfunc (o *%[1]s) Has%[2]s() bool {\n\treturn o != nil && o.%[2]s != nil\n}\n\n", t, f.name)
		fmt.Fprintf(&b, "// Set%[2]s gets a reference to the given %[3]s and assigns it to the %[2]s field.\nfunc (o *%[1]s) Set%[2]s(v %[3]s) {\n\to.%[2]s = &v\n}\n\n", t, f.name, f.typ)
	}
	fmt.Fprintf(&b, "// MarshalJSON encodes the model with its additional properties.\nfunc (o %[1]s) MarshalJSON() ([]byte, error) {\n\ttoSerialize := map[string]interface{}{}\n", t)
	for _, f := range largeFields {
		fmt.Fprintf(&b, "\tif o.%[1]s != nil {\n\t\ttoSerialize[%[2]q] = o.%[1]s\n\t}\n", f.name, strings.ToLower(f.name[:1])+f.name[1:])
	}
	fmt.Fprintf(&b, "\tfor k, v := range o.AdditionalProperties {\n\t\ttoSerialize[k] = v\n\t}\n\treturn json.Marshal(toSerialize)\n}\n\n")
	fmt.Fprintf(&b, `// %[1]sAPIService talks to the /api/v1/things%[2]d endpoints.
type %[1]sAPIService service

// Get%[1]s retrieves one %[1]s.
func (a *%[1]sAPIService) Get%[1]s(ctx context.Context, thingID string) (*%[1]s, *http.Response, error) {
	localVarPath := a.client.cfg.Host + "/api/v1/things%[2]d/{thingId}"
	localVarPath = strings.Replace(localVarPath, "{"+"thingId"+"}", url.PathEscape(thingID), -1)
	localVarHeaderParams := make(map[string]string)
	localVarHeaderParams["Accept"] = "application/json"
	localVarHeaderParams["Content-Type"] = "application/json"
	if a.client.cfg.Token != "" {
		localVarHeaderParams["Authorization"] = "SSWS " + a.client.cfg.Token
	}
	req, err := a.client.prepareRequest(ctx, localVarPath, http.MethodGet, nil, localVarHeaderParams, url.Values{})
	if err != nil {
		return nil, nil, err
	}
	var out %[1]s
	resp, err := a.client.do(req, &out)
	if err != nil {
		return nil, resp, fmt.Errorf("get thing%[2]d %%s: %%w", thingID, err)
	}
	return &out, resp, nil
}

// List%[1]ss lists %[1]s values updated since a time.
func (a *%[1]sAPIService) List%[1]ss(ctx context.Context, since time.Time, limit int32) ([]%[1]s, *http.Response, error) {
	q := url.Values{}
	q.Set("since", since.Format(time.RFC3339))
	q.Set("limit", fmt.Sprint(limit))
	req, err := a.client.prepareRequest(ctx, a.client.cfg.Host+"/api/v1/things%[2]d", http.MethodGet, nil, map[string]string{"Accept": "application/json"}, q)
	if err != nil {
		return nil, nil, err
	}
	var out []%[1]s
	resp, err := a.client.do(req, &out)
	return out, resp, err
}
`, t, i)
	return b.String()
}

// largeClient is the shared client of the large package: configuration,
// request building, and the provider's OAuth and JWT settings.
const largeClient = `// Package api is a generated API client (synthetic benchmark code).
package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

// Configuration holds the client settings.
type Configuration struct {
	Host  string
	Token string
	HTTP  *http.Client
}

// APIClient is the API client.
type APIClient struct {
	cfg    *Configuration
	common service
}

type service struct{ client *APIClient }

// NewAPIClient returns a client for cfg.
func NewAPIClient(cfg *Configuration) *APIClient {
	c := &APIClient{cfg: cfg}
	c.common.client = c
	return c
}

func (c *APIClient) prepareRequest(ctx context.Context, path, method string, body io.Reader, headers map[string]string, query url.Values) (*http.Request, error) {
	u, err := url.Parse(path)
	if err != nil {
		return nil, err
	}
	u.RawQuery = query.Encode()
	req, err := http.NewRequestWithContext(ctx, method, u.String(), body)
	if err != nil {
		return nil, err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	return req, nil
}

func (c *APIClient) do(req *http.Request, out any) (*http.Response, error) {
	resp, err := c.cfg.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return resp, json.NewDecoder(resp.Body).Decode(out)
}

// oauthConfig is the provider's authorization code configuration.
var oauthConfig = &oauth2.Config{
	ClientID:     os.Getenv("OKTA_CLIENT_ID"),
	ClientSecret: os.Getenv("OKTA_CLIENT_SECRET"),
	RedirectURL:  "https://app.example.com/authorization-code/callback",
	Scopes:       []string{"openid", "profile", "okta.users.read"},
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://dev-123456.okta.com/oauth2/v1/authorize",
		TokenURL: "https://dev-123456.okta.com/oauth2/v1/token",
	},
}

// clientAssertion signs the private_key_jwt client assertion.
func clientAssertion(key any) (string, error) {
	now := time.Now()
	claims := jwt.RegisteredClaims{
		Issuer:    oauthConfig.ClientID,
		Subject:   oauthConfig.ClientID,
		Audience:  jwt.ClaimStrings{oauthConfig.Endpoint.TokenURL},
		IssuedAt:  jwt.NewNumericDate(now),
		ExpiresAt: jwt.NewNumericDate(now.Add(time.Hour)),
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}
`
