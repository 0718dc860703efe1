// Package pemkey holds DocuSign integration code that loads RSA keys and
// client secrets, for the pemkey analyzer (DS201-DS203).
package pemkey
