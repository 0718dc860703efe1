// Package wrappedmux is mux's twin whose mux is wrapped by middleware from
// another package, which may verify the HMAC: silent.
package wrappedmux

import (
	"encoding/xml"
	"net/http"

	"connect/mw"

	"github.com/jfcote87/esign"
)

func connect(w http.ResponseWriter, r *http.Request) {
	var data esign.ConnectData
	_ = xml.NewDecoder(r.Body).Decode(&data)
}

func serve() error {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect", connect)
	return http.ListenAndServe(":8443", mw.Wrap(mux))
}
