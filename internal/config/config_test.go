package config

import (
	"flag"
	"testing"
)

func TestRuleSelection(t *testing.T) {
	tests := []struct {
		args []string
		on   []string
		off  []string
	}{
		{nil, []string{"DS101", "DS201", "DS601"}, nil},
		{[]string{"-enable=DS101,pemkey"}, []string{"DS101", "DS201", "DS203"}, []string{"DS102", "DS301"}},
		{[]string{"-disable=endpoints", "-disable=DS201"}, []string{"DS202", "DS301"}, []string{"DS101", "DS105", "DS201"}},
		{[]string{"-enable=endpoints", "-disable=DS104"}, []string{"DS101"}, []string{"DS104", "DS201"}},
	}
	for _, tt := range tests {
		var c Config
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		c.RegisterFlags(fs)
		if err := fs.Parse(tt.args); err != nil {
			t.Fatal(err)
		}
		for _, id := range tt.on {
			if !c.RuleEnabled(id) {
				t.Errorf("%v: %s should be enabled", tt.args, id)
			}
		}
		for _, id := range tt.off {
			if c.RuleEnabled(id) {
				t.Errorf("%v: %s should be disabled", tt.args, id)
			}
		}
	}
	var c Config
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(new(discard))
	c.RegisterFlags(fs)
	if err := fs.Parse([]string{"-disable=DS999"}); err == nil {
		t.Error("an unknown rule must be a usage error")
	}
	if c.RuleEnabled("DS999") {
		t.Error("unknown rules are never enabled")
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
