// Package ids holds the IDs of a sandbox account, as some integrations keep them.
package ids

// SandboxAccount is the sandbox account's ID.
const SandboxAccount = "3e5f7a9b-1c2d-4e6f-8a0b-2c4d6e8f0a1b"

// EnvelopesPath is a whole REST path with the account in it: reported
// here, where it is written, and not where it is used.
const EnvelopesPath = "/restapi/v2.1/accounts/3e5f7a9b-1c2d-4e6f-8a0b-2c4d6e8f0a1b/envelopes" // want `DS107: the REST path hardcodes a DocuSign account ID`
