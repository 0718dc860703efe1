package testutil

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// MaxMessage is the longest diagnostic message, in characters after the
// "DS101: " rule ID, that a fixture may produce. A message names what and
// where in one clause with the DocuSign consequence in a few words; why and
// the fix are in the rule's docs, which -explain, the SARIF help and the
// rule's link serve. Fixtures hold typical values (a host, a claim, a
// variable name), so a message over the limit is one that carries its docs.
// Most messages stay within 100 characters; the limit leaves room for the
// longest host names ("DocuSign demo auth server account-d.docusign.com
// hardcoded in production code (invalid_grant after Go Live)" is 107).
const MaxMessage = 110

// Run is analysistest.Run on the testdata tree (TestData) that also fails t
// for any diagnostic message longer than MaxMessage.
func Run(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	results := analysistest.Run(t, TestData(t), a, pkgs...)
	CheckMessages(t, results)
	return results
}

// RunWithSuggestedFixes is analysistest.RunWithSuggestedFixes on the
// testdata tree with the message check of Run.
func RunWithSuggestedFixes(t *testing.T, a *analysis.Analyzer, pkgs ...string) []*analysistest.Result {
	t.Helper()
	results := analysistest.RunWithSuggestedFixes(t, TestData(t), a, pkgs...)
	CheckMessages(t, results)
	return results
}

// CheckMessages fails t for each diagnostic of results whose message,
// without its rule ID prefix, is longer than MaxMessage.
func CheckMessages(t testing.TB, results []*analysistest.Result) {
	t.Helper()
	for _, res := range results {
		for _, d := range res.Action.Diagnostics {
			if msg := MessageText(d); utf8.RuneCountInString(msg) > MaxMessage {
				t.Errorf("%v: message is %d characters, over MaxMessage (%d): %s",
					res.Action.Package.Fset.Position(d.Pos), utf8.RuneCountInString(msg), MaxMessage, msg)
			}
		}
	}
}

// MessageText is d's message without the "DS101: " prefix the reporter adds.
func MessageText(d analysis.Diagnostic) string {
	return strings.TrimPrefix(d.Message, d.Category+": ")
}
