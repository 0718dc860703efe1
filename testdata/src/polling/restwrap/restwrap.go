// Package restwrap gets envelope status with net/http for other packages.
package restwrap

import "net/http"

const base = "https://demo.docusign.net/restapi/v2.1/accounts/"

// Status gets one envelope per call.
func Status(acct, id string) error { // want Status:"requests envelope status: net/http.Get"
	resp, err := http.Get(base + acct + "/envelopes/" + id)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Ping gets another service's health: no fact.
func Ping() error {
	resp, err := http.Get("https://status.example.com/health")
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
