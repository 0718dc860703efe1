// Package generated does not type-check: it calls a generated client
// (NewClient) whose file is not committed. Under golangci-lint it gets a
// typecheck issue and no analyzer runs on it (standalone dslint reports the
// demo host).
package generated

// DS101 standalone; not reported under golangci-lint.
const demoBase = "https://demo.docusign.net/restapi"

// Client is the generated client for the demo host.
var Client = NewClient(demoBase)
