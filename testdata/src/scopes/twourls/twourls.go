// Package twourls builds two authorization requests by hand and exchanges
// codes (grant_type=authorization_code), with the JWT grant run elsewhere:
// the request without impersonation is the login whose code is exchanged,
// so the one asking for impersonation is the JWT consent URL. No DS402.
package twourls

import (
	"net/http"
	"net/url"
	"os"
	"strings"
)

const authServer = "https://account.docusign.com"

func LoginURL(redirect string) string {
	return authServer + "/oauth/auth?" + url.Values{"response_type": {"code"}, "scope": {"signature extended"}, "client_id": {os.Getenv("IK")}, "redirect_uri": {redirect}}.Encode()
}

func ConsentURL(redirect string) string {
	return authServer + "/oauth/auth?" + url.Values{"response_type": {"code"}, "scope": {"signature impersonation"}, "client_id": {os.Getenv("IK")}, "redirect_uri": {redirect}}.Encode()
}

func ExchangeCode(code string) (*http.Response, error) {
	form := url.Values{"grant_type": {"authorization_code"}, "code": {code}}
	req, err := http.NewRequest(http.MethodPost, authServer+"/oauth/token", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(os.Getenv("IK"), os.Getenv("SECRET"))
	return http.DefaultClient.Do(req)
}
