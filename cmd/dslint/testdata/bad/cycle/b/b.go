// Package b imports a, which imports b.
package b

import "example.com/bad/cycle/a"

// Name names the host.
var Name = "host " + a.Host
