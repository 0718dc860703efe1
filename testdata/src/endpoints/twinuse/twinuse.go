// Package twinuse always posts to the demo server of twindef: the demo
// constant is reported where it is chosen. Comparisons and log lines do not
// choose it.
package twinuse

import (
	"log"
	"net/http"
	"net/url"
	"strings"

	"endpoints/twindef"
)

func Request(assertion string) (*http.Response, error) {
	log.Printf("posting to %s", twindef.DemoAuth)
	return http.PostForm("https://"+twindef.DemoAuth+"/oauth/token", url.Values{"assertion": {assertion}}) // want `^DS101: DocuSign demo auth server account-d\.docusign\.com from constant twindef\.DemoAuth \(invalid_grant after Go Live\)$`
}

func IsDemo(host string) bool {
	return strings.EqualFold(host, twindef.DemoAuth) || host == twindef.DemoAuth
}
