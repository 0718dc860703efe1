// Package router registers the xmlhook listeners; Serve serves the mux.
package router

import (
	"net/http"

	"dslint.test/integration/connect/xmlhook"
)

// Mux returns the routes, served by Serve as they are.
func Mux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/archive", xmlhook.Archive)
	mux.HandleFunc("/connect/checked", xmlhook.Checked)
	return mux
}

// CheckedMux has only the verifying listener.
func CheckedMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/connect/checked", xmlhook.Checked)
	return mux
}
