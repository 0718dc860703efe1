// Package ids holds the IDs of a sandbox user, as some integrations keep them.
package ids

// SandboxUser is the user ID GUID of the sandbox's API user.
const SandboxUser = "7c1e5a2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d"
