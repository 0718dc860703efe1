// Package orders is a shop's order webhook, not DocuSign's: a handler
// factory whose closure decodes an order event verifies nothing, and no
// rule of DocuSign Connect applies.
package orders

import (
	"encoding/json"
	"net/http"
)

type orderEvent struct {
	Event string `json:"event"`
	Data  struct {
		OrderID string `json:"orderId"`
	} `json:"data"`
}

// Listener returns the order webhook handler.
func Listener(orders chan<- string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var ev orderEvent
		if err := json.NewDecoder(r.Body).Decode(&ev); err == nil {
			orders <- ev.Data.OrderID
		}
	}
}

func register(orders chan<- string) {
	http.HandleFunc("/orders", Listener(orders))
}
