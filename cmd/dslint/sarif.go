package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"slices"
	"strings"

	"github.com/dslint/dslint/internal/rules"
)

// SARIF 2.1.0 output (-format=sarif) for GitHub code scanning and other
// SARIF consumers: one run, tool.driver.rules from the rule table, one
// result per finding with a repo-relative location and a fingerprint that
// survives unrelated edits moving the finding to another line.

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	// fingerprintKey names dslint's partialFingerprints entry; bump the
	// version if the hashed inputs ever change.
	fingerprintKey = "dslintFingerprint/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version"`
	SemanticVersion string      `json:"semanticVersion"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifHelp       `json:"help"`
	HelpURI              string          `json:"helpUri"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifProps      `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifProps struct {
	Tags             []string `json:"tags"`
	Precision        string   `json:"precision"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string    `json:"level"`
	Message sarifText `json:"message"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
}

// sarifSuppression says a result was suppressed by a directive in the
// source (//dslint:ignore, //dslint:file-ignore, //nolint), with its reason.
type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

// sarifRules converts the rule table into reporting descriptors and
// returns the index of each rule ID.
func sarifRules() ([]sarifRule, map[string]int) {
	var out []sarifRule
	index := make(map[string]int)
	for _, r := range rules.All() {
		index[r.ID] = len(out)
		tags := []string{"docusign", r.Analyzer, string(r.Severity)}
		if r.SecuritySeverity() != "" {
			tags = append([]string{"security"}, tags...)
		}
		out = append(out, sarifRule{
			ID:               r.ID,
			Name:             ruleName(r),
			ShortDescription: sarifText{r.Title},
			FullDescription:  sarifText{r.Doc},
			Help: sarifHelp{
				Text:     fmt.Sprintf("%s\n\nReported:\n    %s\nInstead:\n    %s\n\nSuppress: //dslint:ignore %s <reason>", r.Doc, r.Bad, r.Good, r.ID),
				Markdown: fmt.Sprintf("%s\n\nReported:\n\n```go\n%s\n```\n\nInstead:\n\n```go\n%s\n```\n\nSuppress: `//dslint:ignore %s <reason>`. [Documentation](%s)", r.Doc, r.Bad, r.Good, r.ID, r.URL()),
			},
			HelpURI:              r.URL(),
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(r.Severity)},
			Properties:           sarifProps{Tags: tags, Precision: precision(r.Severity), SecuritySeverity: r.SecuritySeverity()},
		})
	}
	return out, index
}

// ruleName turns a title into the PascalCase name SARIF viewers show,
// prefixed with the analyzer: "endpoints/DocuSignDemoOrStageHost...".
func ruleName(r rules.Rule) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(r.Title, func(c rune) bool {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
	}) {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return r.Analyzer + "/" + b.String()
}

// precision is SARIF's precision property: errors are reported only on
// what the rule can prove, warnings (an unknown scope, a hardcoded base URI)
// may be intended.
func precision(s rules.Severity) string {
	if s == rules.Warning {
		return "medium"
	}
	return "high"
}

func sarifLevel(s rules.Severity) string {
	if s == rules.Warning {
		return "warning"
	}
	return "error"
}

// printSARIF writes the findings and load errors as a SARIF 2.1.0 log.
// Findings a directive suppressed follow, with a suppression each (code
// scanning shows them as closed, dismissed in the source).
func printSARIF(res *result, w io.Writer) error {
	findings := res.findings
	src := make(sources)
	ruleList, index := sarifRules()
	run := sarifRun{
		Tool:        sarifTool{Driver: sarifDriver{Name: "dslint", Version: version(), SemanticVersion: semanticVersion(version()), InformationURI: "https://github.com/dslint/dslint", Rules: ruleList}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: len(res.errors) == 0}},
		Results:     []sarifResult{},
	}
	for _, e := range res.errors {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "error", Message: sarifText{e}})
	}
	for _, n := range res.notes {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "note", Message: sarifText{n}})
	}
	seen := make(map[string]int) // fingerprint -> occurrences so far
	for i, f := range slices.Concat(res.findings, res.suppressed) {
		id := f.diag.Category
		r, ok := rules.Lookup(id)
		level := "warning"
		if ok {
			level = sarifLevel(r.Severity)
		}
		msg := plainMessage(id, f.diag.Message)
		res := sarifResult{
			RuleID:    id,
			RuleIndex: -1,
			Level:     level,
			Message:   sarifText{msg},
			Locations: []sarifLocation{{PhysicalLocation: physical(src, f.posn, f.end)}},
		}
		if i, ok := index[id]; ok {
			res.RuleIndex = i
		}
		fp := fingerprint(id, repoRel(f.posn.Filename), src.line(f.posn.Filename, f.posn.Line), msg)
		n := seen[fp]
		seen[fp] = n + 1
		res.PartialFingerprints = map[string]string{fingerprintKey: fmt.Sprintf("%s:%d", fp, n+1)}
		for i, rel := range f.diag.Related {
			id := i + 1
			loc := sarifLocation{ID: &id, PhysicalLocation: physical(src, f.fset.Position(rel.Pos), f.fset.Position(rel.End))}
			if rel.Message != "" {
				loc.Message = &sarifText{rel.Message}
			}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		if i >= len(findings) {
			res.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: f.justification}}
		}
		run.Results = append(run.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// physical is the SARIF location of [posn, end) with repo-relative URI and
// UTF-16 columns.
func physical(src sources, posn, end token.Position) sarifPhysical {
	p := sarifPhysical{ArtifactLocation: sarifArtifact{URI: repoRel(posn.Filename)}}
	if !strings.HasPrefix(p.ArtifactLocation.URI, "/") {
		p.ArtifactLocation.URIBaseID = "%SRCROOT%"
	} else {
		p.ArtifactLocation.URI = "file://" + p.ArtifactLocation.URI
	}
	if posn.Line <= 0 {
		return p
	}
	r := &sarifRegion{StartLine: posn.Line}
	if posn.Column > 0 {
		r.StartColumn = utf16Column(src.line(posn.Filename, posn.Line), posn.Column)
	}
	if end.IsValid() && end.Filename == posn.Filename && end.Line >= posn.Line {
		r.EndLine = end.Line
		if end.Column > 0 {
			r.EndColumn = utf16Column(src.line(end.Filename, end.Line), end.Column)
		}
		if r.EndLine == r.StartLine && r.EndColumn < r.StartColumn {
			r.EndColumn = 0
		}
	}
	p.Region = r
	return p
}

// fingerprint identifies a finding independently of its line number: the
// rule, the file, the whitespace-normalized text of the reported line and
// a detail (the message in SARIF, the enclosing declaration in a baseline).
// Identical findings in one file are told apart by an occurrence counter
// appended by the caller.
func fingerprint(ruleID, file, lineText, detail string) string {
	h := sha256.New()
	for _, s := range []string{ruleID, file, strings.Join(strings.Fields(lineText), " "), detail} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
