package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dslint/dslint/internal/rules"
)

// validateSARIF checks out against the SARIF 2.1.0 schema and returns the
// compiled schema.
func validateSARIF(t *testing.T, out string) *jsonschema.Schema {
	t.Helper()
	schemaPath, _ := filepath.Abs(filepath.Join(fixtureAbs, "..", "sarif-2.1.0-rtm.5.json"))
	sch, err := jsonschema.NewCompiler().Compile(schemaPath)
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not validate:\n%v\n%s", err, out)
	}
	return sch
}

// TestSARIFSuppressions: a suppressed finding is a result with an
// in-source suppression carrying the directive's reason, after the open
// findings; the text output still shows only the open one.
func TestSARIFSuppressions(t *testing.T) {
	dir := tinyModule(t)
	writeFile(t, filepath.Join(dir, "auth/auth.go"), "package auth\n\n"+
		"const authServer = \"https://account-d.docusign.com\" //dslint:ignore DS101 sandbox smoke test\n\n"+
		"const restBase = \"https://demo.docusign.net/restapi\" //nolint:dslint\n\n"+
		"const open = \"https://demo.docusign.net\"\n")
	_, out, _ := runCLI(t, "-format=sarif", "./...")
	sch := validateSARIF(t, out)
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(strings.Replace(out, `"kind": "inSource"`, `"kind": "inComment"`, 1)))
	if sch.Validate(bad) == nil {
		t.Error("schema accepted suppression kind \"inComment\"")
	}
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range log.Runs[0].Results {
		s := fmt.Sprintf("%s line %d", r.RuleID, r.Locations[0].PhysicalLocation.Region.StartLine)
		for _, sup := range r.Suppressions {
			s += fmt.Sprintf(" %s %q", sup.Kind, sup.Justification)
		}
		got = append(got, s)
	}
	want := []string{"DS101 line 7", `DS101 line 3 inSource "sandbox smoke test"`, `DS101 line 5 inSource ""`}
	if !slices.Equal(got, want) {
		t.Errorf("results %q, want %q", got, want)
	}
	_, text, _ := runCLI(t, "./...")
	if strings.Count(text, "DS101:") != 1 || !strings.Contains(text, "auth/auth.go:7:") {
		t.Errorf("text output shows suppressed findings:\n%s", text)
	}
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	out := fixtureOutputs(t).sarif
	sch := validateSARIF(t, out)
	// The schema is really checked: a bad level is rejected.
	bad, _ := jsonschema.UnmarshalJSON(strings.NewReader(strings.Replace(out, `"level": "error"`, `"level": "fatal"`, 1)))
	if sch.Validate(bad) == nil {
		t.Error("schema accepted level \"fatal\"")
	}

	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if got, want := len(run.Tool.Driver.Rules), len(rules.All()); got != want {
		t.Errorf("%d rules, want %d", got, want)
	}
	if len(run.Results) != 2 {
		t.Fatalf("%d results, want 2:\n%s", len(run.Results), out)
	}
	r := run.Results[0]
	loc := r.Locations[0].PhysicalLocation
	if r.RuleID != "DS103" || r.Level != "error" || loc.ArtifactLocation.URI != "auth/auth.go" ||
		loc.Region.StartLine != 18 || loc.Region.StartColumn != 12 || loc.Region.EndColumn != 43 ||
		strings.HasPrefix(r.Message.Text, "DS103") || run.Tool.Driver.Rules[r.RuleIndex].ID != "DS103" {
		t.Errorf("first result = %+v at %+v %+v", r, loc.ArtifactLocation, *loc.Region)
	}
	for _, rule := range run.Tool.Driver.Rules {
		if !strings.HasSuffix(rule.HelpURI, "#"+strings.ToLower(rule.ID)) || rule.ShortDescription.Text == "" {
			t.Errorf("rule %s: helpUri %q, short description %q", rule.ID, rule.HelpURI, rule.ShortDescription.Text)
		}
	}
	// Security properties: GitHub shows DS201/DS203 as critical security
	// alerts, other pemkey/legacyauth/connect errors as high, the Connect
	// warning as medium, the rest untagged.
	want := map[string]string{"DS201": "9.1", "DS203": "9.1", "DS202": "7.5", "DS601": "7.5", "DS801": "7.5", "DS803": "7.5", "DS804": "5.0", "DS101": "", "DS405": ""}
	for _, rule := range run.Tool.Driver.Rules {
		p := rule.Properties
		if sev, ok := want[rule.ID]; ok && (p.SecuritySeverity != sev || (p.Tags[0] == "security") != (sev != "")) {
			t.Errorf("rule %s: security-severity %q, tags %v; want %q", rule.ID, p.SecuritySeverity, p.Tags, sev)
		}
		if !strings.Contains(rule.Help.Markdown, "```go\n") || !strings.Contains(rule.Help.Markdown, rule.HelpURI) || (p.Precision != "high" && p.Precision != "medium") {
			t.Errorf("rule %s: precision %q, help.markdown:\n%s", rule.ID, p.Precision, rule.Help.Markdown)
		}
	}
}

// TestExitCodes checks the exit status of each format on a module with one
// finding and on a clean package.
func TestExitCodes(t *testing.T) {
	tinyModule(t)
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"./..."}, exitFindings},
		{[]string{"-format=text", "./util"}, exitClean},
		{[]string{"-format=github", "./..."}, exitFindings},
		{[]string{"-format=sarif", "./..."}, exitClean},
		{[]string{"-format=sarif", "-fail", "./..."}, exitFindings},
		{[]string{"-format=json", "./..."}, exitClean},
		{[]string{"-json", "-fail", "./..."}, exitFindings},
		{[]string{"-format=xml", "./..."}, exitError},
		{[]string{"./nosuchdir"}, exitError},
	} {
		code, out, stderr := runCLI(t, tc.args...)
		if code != tc.want {
			t.Errorf("dslint %s: exit %d, want %d\n%s%s", strings.Join(tc.args, " "), code, tc.want, out, stderr)
		}
	}
}

// TestSARIFFingerprintsSurviveLineMoves inserts lines above the findings:
// the locations move, the fingerprints must not.
func TestSARIFFingerprintsSurviveLineMoves(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal([]byte(fixtureOutputs(t).sarif), &log); err != nil {
		t.Fatal(err)
	}
	before := log.Runs[0].Results
	dir := copyFixture(t)
	file := filepath.Join(dir, "auth", "auth.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.Replace(string(src), "const authServer", "// Added later.\nvar _ = 1\n\nconst authServer", 1)
	if err := os.WriteFile(file, []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	after := sarifResults(t)
	if len(before) != 2 || len(after) != 2 {
		t.Fatalf("results: %d before, %d after", len(before), len(after))
	}
	for i := range before {
		b, a := before[i], after[i]
		if a.Locations[0].PhysicalLocation.Region.StartLine != b.Locations[0].PhysicalLocation.Region.StartLine+3 {
			t.Errorf("result %d did not move by 3 lines", i)
		}
		if a.PartialFingerprints[fingerprintKey] != b.PartialFingerprints[fingerprintKey] {
			t.Errorf("result %d: fingerprint changed from %v to %v", i, b.PartialFingerprints, a.PartialFingerprints)
		}
	}
	if before[0].PartialFingerprints[fingerprintKey] == before[1].PartialFingerprints[fingerprintKey] {
		t.Error("two different findings share a fingerprint")
	}
}

func sarifResults(t *testing.T) []sarifResult {
	t.Helper()
	_, out, stderr := runCLI(t, "-format=sarif", "./...")
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	return log.Runs[0].Results
}

// githubLine is the workflow command syntax the Actions runner parses.
var githubLine = regexp.MustCompile(`^::(error|warning) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=(DS\d{3})::([^\r\n]+)$`)

func TestGitHubFormat(t *testing.T) {
	out := fixtureOutputs(t).github
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got:\n%s", out)
	}
	m := githubLine.FindStringSubmatch(lines[0])
	if m == nil {
		t.Fatalf("line does not parse as a workflow command: %s", lines[0])
	}
	if m[1] != "error" || m[2] != "auth/auth.go" || m[3] != "18" || m[4] != "12" || m[7] != "DS103" ||
		!strings.Contains(m[8], "%0Ahttps://") {
		t.Errorf("parsed %q", m[1:])
	}
}

func TestGitHubEscaping(t *testing.T) {
	if got, want := escapeData("50% a\r\nb"), "50%25 a%0D%0Ab"; got != want {
		t.Errorf("escapeData = %q, want %q", got, want)
	}
	if got, want := escapeProperty("a,b:c%"), "a%2Cb%3Ac%25"; got != want {
		t.Errorf("escapeProperty = %q, want %q", got, want)
	}
}

func TestUTF16Column(t *testing.T) {
	line := `x := "é😀" + y`
	// byte column of y: 1 + len(`x := "é😀" + `)
	col := 1 + len(`x := "é😀" + `)
	if got, want := utf16Column(line, col), 1+len([]rune(`x := "é`))+2+len(`" + `); got != want {
		t.Errorf("utf16Column = %d, want %d", got, want)
	}
}
