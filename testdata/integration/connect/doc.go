// Package connect holds DocuSign Connect listeners for the connect analyzer
// (DS801-DS804), built on the real net/http, crypto/hmac and esign's
// ConnectData: flawed listeners next to their correct twins.
package connect
