// Package legacyauth holds DocuSign integration code for the legacyauth
// analyzer (DS601): legacy header authentication, <DocuSignCredentials>
// payloads and the password grant, next to their OAuth replacements.
package legacyauth
