package rules

import (
	"regexp"
	"testing"
)

func TestTable(t *testing.T) {
	id := regexp.MustCompile(`^DS\d{3}$`)
	seen := map[string]bool{}
	prev := ""
	for _, r := range All() {
		if !id.MatchString(r.ID) || seen[r.ID] || r.ID <= prev {
			t.Errorf("%s: IDs must be DSnnn, unique and sorted", r.ID)
		}
		seen[r.ID], prev = true, r.ID
		if r.Analyzer == "" || r.Title == "" || r.Doc == "" || r.Source == "" || r.Bad == "" || r.Good == "" {
			t.Errorf("%s: every rule needs analyzer, title, doc, source and examples", r.ID)
		}
		if r.Severity != Error && r.Severity != Warning {
			t.Errorf("%s: severity %q", r.ID, r.Severity)
		}
		if r.Title[0] < 'A' && r.Title[0] > 'Z' || r.Title[len(r.Title)-1] == '.' {
			t.Errorf("%s: title %q must not end with a period", r.ID, r.Title)
		}
		if got, ok := Lookup(r.ID); !ok || got.ID != r.ID {
			t.Errorf("Lookup(%s) failed", r.ID)
		}
	}
	if _, ok := Lookup("ds101"); !ok {
		t.Error("Lookup must be case-insensitive")
	}
	if len(ForAnalyzer("endpoints")) != 8 {
		t.Errorf("endpoints owns DS101-DS108")
	}
}
