// Package restuse imports neither net/http nor esign: only the fact of
// restwrap.Status says it requests envelope status.
package restuse

import (
	"time"

	"polling/restwrap"
)

// wait polls one envelope every 20s.
func wait(acct, id string) {
	for restwrap.Status(acct, id) != nil { // want `DS701: envelope status polled every 20s \(`
		time.Sleep(20 * time.Second)
	}
}

// waitClient polls one envelope through restwrap.Client every 20s.
func waitClient(c *restwrap.Client, acct, id string) {
	for c.Envelope(acct, id) != nil { // want `DS701: envelope status polled every 20s \(`
		time.Sleep(20 * time.Second)
	}
}

// templates polls a template through the same client: not status.
func templates(c *restwrap.Client, acct, id string) {
	for c.Template(acct, id) != nil {
		time.Sleep(20 * time.Second)
	}
}

// pings polls another service every 20s: not DocuSign.
func pings() {
	for restwrap.Ping() != nil {
		time.Sleep(20 * time.Second)
	}
}
