package sender

import (
	"encoding/json"
	"net/http"
	"time"
)

// pollInterval is how often WaitCompleted asks for the envelope status.
const pollInterval = 30 * time.Second

// WaitCompleted blocks until the envelope is completed, asking DocuSign for
// its status every pollInterval (instead of subscribing to Connect).
func WaitCompleted(tok, account, envelopeID string) error {
	for {
		req, err := http.NewRequest(http.MethodGet, restBase+"/accounts/"+account+"/envelopes/"+envelopeID, nil)
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+tok)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return err
		}
		var env struct {
			Status string `json:"status"`
		}
		err = json.NewDecoder(resp.Body).Decode(&env)
		resp.Body.Close()
		if err != nil {
			return err
		}
		if env.Status == "completed" {
			return nil
		}
		time.Sleep(pollInterval)
	}
}
