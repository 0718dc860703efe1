package main

import (
	"regexp"
	"runtime/debug"
	"strings"
)

// version is dslint's version: the module version go install recorded
// (v1.2.3, or a pseudo-version), else the VCS revision of a build from a
// clone (with +dirty when it had uncommitted changes), else "devel".
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return "devel-" + rev
}

// semverRE is a SemVer 2.0 version with an optional leading v.
var semverRE = regexp.MustCompile(`^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$`)

// semanticVersion is v as SemVer 2.0 (SARIF's semanticVersion): a tagged
// or pseudo-version without its v, anything else 0.0.0-devel with the
// revision as build metadata.
func semanticVersion(v string) string {
	if m := semverRE.FindStringSubmatch(v); m != nil {
		return m[1]
	}
	meta := strings.NewReplacer("devel-", "", "+", ".").Replace(v)
	if meta == "devel" || meta == "" {
		return "0.0.0-devel"
	}
	return "0.0.0-devel+" + meta
}
