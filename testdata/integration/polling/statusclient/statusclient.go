// Package statusclient wraps esign's envelope Get for other packages.
package statusclient

import (
	"context"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/esign/v2.1/envelopes"
)

// EnvelopeStatus returns one envelope's status: one request per call.
func EnvelopeStatus(ctx context.Context, cred esign.Credential, id string) (string, error) {
	env, err := envelopes.New(cred).Get(id).Do(ctx)
	if err != nil {
		return "", err
	}
	return env.Status, nil
}
