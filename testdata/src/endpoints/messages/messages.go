// Package messages names DocuSign demo hosts only in text for humans (log
// lines, errors, panics, flag defaults and usage): nothing is hardcoded, so
// no DS101. The last functions use the host for real and are reported.
package messages

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"net/http"
)

var authServer = flag.String("auth-server", "account-d.docusign.com", "DocuSign auth server (account-d.docusign.com for the developer sandbox)")

func Check(resp *http.Response, w http.ResponseWriter) error {
	log.Printf("token request to %s failed: %s", "https://account-d.docusign.com/oauth/token", resp.Status)
	slog.Warn("demo environment in use", "host", "demo.docusign.net")
	if resp.StatusCode == http.StatusUnauthorized {
		http.Error(w, "sign in again at https://account-d.docusign.com", http.StatusUnauthorized)
		return errors.New("demo.docusign.net: " + resp.Status)
	}
	if resp.StatusCode >= 500 {
		panic(fmt.Sprintf("unexpected answer from %s", "https://demo.docusign.net/restapi"))
	}
	return fmt.Errorf("calling https://demo.docusign.net/restapi: %s", resp.Status)
}

// Used for real: a request URL and a printed consent link.
func Use() (*http.Response, error) {
	fmt.Println("grant consent at https://account-d.docusign.com/oauth/auth?response_type=code") // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded`
	return http.Get("https://" + "demo.docusign.net" + "/restapi/v2.1/accounts")                 // want `DS101: DocuSign demo host demo\.docusign\.net hardcoded`
}

// A probe whose error text names production configures only the demo host:
// DS101, and no DS102 for "both environments in one configuration".
type probe struct {
	Host string
	Err  error
}

var sandboxProbe = probe{Host: "demo.docusign.net", Err: errors.New("www.docusign.net is production, this is the sandbox")} // want `DS101: DocuSign demo host demo\.docusign\.net hardcoded`
