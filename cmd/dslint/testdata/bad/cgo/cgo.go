// Package cgo uses cgo; its Go code must still be analyzed.
package cgo

/*
#include <stdlib.h>
static int twice(int x) { return 2 * x; }
*/
import "C"

import "unsafe"

const authServer = "https://account-d.docusign.com"

// Twice calls into C.
func Twice(x int) int { return int(C.twice(C.int(x))) }

// Free frees C memory.
func Free(p unsafe.Pointer) { C.free(p) }

// AuthServer returns the OAuth host.
func AuthServer() string { return authServer }
