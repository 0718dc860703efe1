// Package serve serves the muxes of package router.
package serve

import (
	"net/http"

	"dslint.test/integration/connect/router"
)

// Run serves router.Mux as it is (DS804 at the call).
func Run(addr string) error {
	srv := &http.Server{Addr: addr, Handler: router.Mux()}
	return srv.ListenAndServe()
}

// RunChecked serves the mux without the unverified listener.
func RunChecked(addr string) error {
	return http.ListenAndServe(addr, router.CheckedMux())
}
