// Package scopes holds DocuSign OAuth configurations and their scope lists,
// for the scopes analyzer (DS401-DS405).
package scopes
