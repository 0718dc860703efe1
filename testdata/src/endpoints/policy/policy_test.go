package policy

// Tests use the sandbox on purpose: not reported unless -tests.
const testAuth = "https://account-d.docusign.com"
