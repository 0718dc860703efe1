// Package disabled is checked with -disable DS101: a directive naming a
// disabled rule is not judged (the rule's findings are not looked for).
package disabled

var stale = 1 //dslint:ignore DS101 the rule is disabled: not judged

var staleOther = 1 //dslint:ignore DS102 the rule is checked // want `DS002: //dslint:ignore DS102 suppresses nothing: remove it`
