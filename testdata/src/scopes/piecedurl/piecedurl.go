// Package piecedurl builds authorization URLs from several concatenated
// pieces, the scope parameter in one and the response type in another,
// with unknown parts (the client ID, the redirect URI) between them.
package piecedurl

import (
	"net/url"
	"strings"
)

const authServer = "https://account-d.docusign.com/oauth/auth"

func implicit(ik, redirect string) string {
	return authServer + "?response_type=token" + "&client_id=" + ik +
		"&scope=signature%20extended" + // want `DS401: "extended" scope in implicit-grant URL`
		"&redirect_uri=" + url.QueryEscape(redirect)
}

// The twin without extended.
func implicitOK(ik, redirect string) string {
	return authServer + "?response_type=token" + "&client_id=" + ik +
		"&scope=signature" +
		"&redirect_uri=" + url.QueryEscape(redirect)
}

// The response type from a local variable built across statements.
func implicitLocal(ik string) string {
	u := authServer
	u += "?response_type=token"
	return u + "&client_id=" + ik + "&scope=signature%20extended" // want `DS401: "extended" scope in implicit-grant URL`
}

// The host is unknown: it may be another provider's.
func unknownHost(host, ik string) string {
	return "https://" + host + "/oauth/auth?response_type=token" + "&client_id=" + ik + "&scope=signature%20extended"
}

// The scope itself is unknown after its known start.
func unknownScope(ik, more string) string {
	return authServer + "?response_type=token" + "&client_id=" + ik + "&scope=signature%20" + more
}

// Another provider's authorization URL.
func other(ik string) string {
	return "https://accounts.example.com/oauth/auth" + "?response_type=token" + "&client_id=" + ik + "&scope=signature%20extended"
}

// A scope list built across statements, joined into the URL.
func joinedLocal(ik string) string {
	scopes := []string{"signature"}
	scopes = append(scopes, "extended") // want `DS401: "extended" scope in implicit-grant URL`
	return authServer + "?response_type=token&client_id=" + ik + "&scope=" + strings.Join(scopes, "%20")
}

// The twin: the list may hold anything once a branch appends to it.
func joinedBranch(ik string, admin bool) string {
	scopes := []string{"signature"}
	if admin {
		scopes = append(scopes, "extended")
	}
	return authServer + "?response_type=token&client_id=" + ik + "&scope=" + strings.Join(scopes, "%20")
}
