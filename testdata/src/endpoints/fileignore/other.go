package fileignore

// The file-ignore in sandbox.go does not reach this file.
const monitor = "https://lens-d.docusign.net" // want `DS101: DocuSign demo host lens-d\.docusign\.net`
