// Package wrap wraps esign's envelope status requests for other packages.
package wrap

import (
	"context"

	"github.com/jfcote87/esign"
	"github.com/jfcote87/esign/v2.1/envelopes"
	"github.com/jfcote87/esign/v2.1/model"
)

// EnvelopeStatus gets one envelope's status per call.
func EnvelopeStatus(ctx context.Context, cred esign.Credential, id string) (string, error) { // want EnvelopeStatus:"requests envelope status: \\(\\*github.com/jfcote87/esign/v2.1/envelopes.GetOp\\).Do"
	env, err := envelopes.New(cred).Get(id).Do(ctx)
	if err != nil {
		return "", err
	}
	return env.Status, nil
}

// Client holds the credential.
type Client struct {
	cred esign.Credential
}

// Status requests the status through an unexported helper.
func (c *Client) Status(ctx context.Context, id string) (string, error) { // want Status:"requests envelope status: \\(\\*github.com/jfcote87/esign/v2.1/envelopes.GetOp\\).Do"
	return get(ctx, c.cred, id)
}

// get is unexported: no fact, it is only called here.
func get(ctx context.Context, cred esign.Credential, id string) (string, error) {
	env, err := envelopes.New(cred).Get(id).Do(ctx)
	if err != nil {
		return "", err
	}
	return env.Status, nil
}

// Create creates an envelope: not a status request, no fact.
func Create(ctx context.Context, cred esign.Credential, def *model.EnvelopeDefinition) error {
	_, err := envelopes.New(cred).Create(def).Do(ctx)
	return err
}

// StatusAll requests the status of each envelope in a loop of its own: a
// call of it is not one request, no fact.
func StatusAll(ctx context.Context, cred esign.Credential, ids []string) {
	for _, id := range ids {
		envelopes.New(cred).Get(id).Do(ctx)
	}
}
