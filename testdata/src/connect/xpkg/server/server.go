// Package server serves the muxes of package routes.
package server

import (
	"net/http"

	"connect/xpkg/routes"
)

// Run serves the mux of routes.Routes as it is.
func Run(addr string) error {
	mux, err := routes.Routes() // want `DS804: the mux returned serves webhook.XMLEnvelopes, with no Connect HMAC check`
	if err != nil {
		return err
	}
	return http.ListenAndServe(addr, mux)
}

// RunVerified wraps the mux in a verifying middleware of the caller's.
func RunVerified(addr string, verify func(http.Handler) http.Handler) error {
	mux, err := routes.Routes()
	if err != nil {
		return err
	}
	return http.ListenAndServe(addr, verify(mux))
}

// RunChecked serves the mux that only has the verifying listener.
func RunChecked(addr string) error {
	return http.ListenAndServe(addr, routes.CheckedRoutes())
}

// Server serves routes.Plain as an http.Server's Handler.
func Server(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: routes.Plain()} // want `DS804: the mux returned serves webhook.XMLEnvelopes`
}

// CheckedServer is Server with the verifying listener's mux.
func CheckedServer(addr string) *http.Server {
	return &http.Server{Addr: addr, Handler: routes.CheckedRoutes()}
}

// RunFactories serves the mux of routes.FactoryRoutes as it is.
func RunFactories(addr string) error {
	return http.ListenAndServe(addr, routes.FactoryRoutes()) // want `DS804: the mux returned serves webhook.Envelopes\(\.\.\.\), with no Connect HMAC check`
}
