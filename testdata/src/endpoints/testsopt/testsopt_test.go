package testsopt

const testAuth = "https://account-d.docusign.com" // want `DS101: DocuSign demo auth server account-d\.docusign\.com hardcoded in a test \(invalid_grant after Go Live\)`
