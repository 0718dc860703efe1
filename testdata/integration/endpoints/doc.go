// Package endpoints holds DocuSign integration code for the endpoints
// analyzer (DS101-DS105): hosts, environments, aud values, base URIs and
// redirect URIs. Each file mixes flawed code with correct look-alikes.
package endpoints
