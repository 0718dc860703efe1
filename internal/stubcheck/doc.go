// Package stubcheck guards the fidelity of the third-party API stubs in
// testdata/src (golang.org/x/oauth2, golang-jwt, jwx, go-jose, esign, ...),
// which the analyzer tests type-check against in GOPATH mode.
//
// The analyzers match calls and types by their real import paths and
// signatures, so a stub that drifts from the real module would make a test
// pass against an API no user program can have. The test in this package
// loads every stub package and the real package of the same path from the
// integration module (testdata/integration, which requires the real modules at
// the versions listed in testdata/src/STUBS.md) and requires that every
// exported stub declaration exists in the real package with the same kind,
// type, constant value, methods, struct fields and interface methods.
//
// The check downloads modules and type-checks real libraries, so it is skipped
// under -short. Run it with:
//
//	go test ./internal/stubcheck/ -count=1 -v
//
// The package has no non-test code.
package stubcheck
