package testsecrets

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// A named constant is judged where it is declared, whatever its uses.
const form = "grant_type=client_credentials&client_id=myclient&client_secret=mysecret" // want `^DS203: client_secret form value is a hardcoded client secret \(`

func TestLocal(t *testing.T) {
	ts := httptest.NewServer(http.NotFoundHandler())
	defer ts.Close()

	// x/oauth2's jira tests: the token endpoint is the test server.
	_ = oauth2.Config{
		ClientID:     "super_secret_client_id",
		ClientSecret: "super_shared_secret",
		Endpoint:     oauth2.Endpoint{TokenURL: ts.URL},
	}
	_ = &oauth2.Config{
		ClientSecret: "client secret",
		Endpoint:     oauth2.Endpoint{AuthURL: ts.URL + "/authorize", TokenURL: ts.URL + "/api/v1/access_token"},
	}
	_ = clientcredentials.Config{ClientSecret: "mysecret", TokenURL: fmt.Sprintf("%s/oauth/token", ts.URL)}
	_ = clientcredentials.Config{ClientSecret: "mysecret", TokenURL: "http://localhost:9999/token"}

	// Positive twins: the same secrets sent to DocuSign, or to an endpoint
	// not known here.
	_ = oauth2.Config{
		ClientID:     "super_secret_client_id",
		ClientSecret: "super_shared_secret", // want `^DS203: oauth2\.Config\.ClientSecret is a hardcoded client secret \(`
		Endpoint:     oauth2.Endpoint{TokenURL: "https://account-d.docusign.com/oauth/token"},
	}
	_ = clientcredentials.Config{ClientSecret: "mysecret", TokenURL: "https://account-d.docusign.com/oauth/token"} // want `^DS203: clientcredentials\.Config\.ClientSecret is a hardcoded client secret \(`
	_ = clientcredentials.Config{ClientSecret: "mysecret", TokenURL: tokenURL()}                                   // want `^DS203: clientcredentials\.Config\.ClientSecret is a hardcoded client secret \(`
	_ = clientcredentials.Config{ClientSecret: "mysecret", TokenURL: "http://localhost.docusign.com/token"}        // want `^DS203: clientcredentials\.Config\.ClientSecret is a hardcoded client secret \(`

	// zitadel's token-endpoint tests: a form sent to the test server or
	// handed to a handler, and a form only compared.
	_, _ = http.Post(ts.URL+"/oauth/v2/token", "application/x-www-form-urlencoded", strings.NewReader("grant_type=client_credentials&client_secret=mysecret"))
	_, _ = http.Post(ts.URL, "application/x-www-form-urlencoded", strings.NewReader(form))
	req := httptest.NewRequest(http.MethodPost, "/oauth/v2/token", strings.NewReader("client_id=myclient&client_secret=mysecret"))
	if got := req.URL.RawQuery; !reflect.DeepEqual(got, "client_id=myclient&client_secret=mysecret") {
		t.Fatal(got)
	}

	// Positive twin: the same form sent to DocuSign.
	_, _ = http.Post("https://account-d.docusign.com/oauth/token", "application/x-www-form-urlencoded", strings.NewReader("client_id=myclient&client_secret=mysecret")) // want `^DS203: client_secret form value is a hardcoded client secret \(`
}

func tokenURL() string { return "https://account-d.docusign.com/oauth/token" }
