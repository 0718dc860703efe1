// Package typeerror does not type-check: dslint reports the error once (not
// the go command's copy as well) and still analyzes the other packages.
package typeerror

func count() int { return 1 }

var name string = count()
