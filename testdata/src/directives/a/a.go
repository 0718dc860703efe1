// Package a: malformed suppression directives (DS001).
package a

var x = 1 //dslint:ignore DS101 a reason is given: fine

var y = 1 //dslint:ignore DS101 // want `DS001: //dslint:ignore directive has no reason, so it suppresses nothing`

var z = 1 //dslint:ignore // want `DS001: //dslint:ignore directive names no rule, so it suppresses nothing`

var w = 1 //dslint:ignore DS999 typo in the rule // want `DS001: //dslint:ignore directive names unknown rule or analyzer "DS999"`

var v = 1 //dslint:ignored is not a directive

var u = 1 //nolint:dslint // golangci-lint style is not checked here

//dslint:file-ignore DS101 // want `DS001: //dslint:file-ignore directive has no reason, so it suppresses nothing`
