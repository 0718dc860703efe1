// Package mux registers a Connect listener on a local ServeMux that is
// served as is (DS804).
package mux

import (
	"encoding/xml"
	"net/http"

	"github.com/jfcote87/esign"
)

func connect(w http.ResponseWriter, r *http.Request) {
	var data esign.ConnectData
	_ = xml.NewDecoder(r.Body).Decode(&data) // want `DS804`
}

func serve() error {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect", connect)
	srv := &http.Server{Addr: ":8443", Handler: mux}
	return srv.ListenAndServe()
}
