// Package missingmod imports a module that is not in go.mod.
package missingmod

import "example.org/notexist/pkg"

const authServer = "https://account-d.docusign.com"

var _ = pkg.Thing
