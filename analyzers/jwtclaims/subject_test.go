package jwtclaims

import (
	"strings"
	"testing"

	"github.com/dslint/dslint/internal/docusign"
)

var subjects = []struct {
	s           string
	email, guid bool
}{
	{"4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4a", false, true},
	{"{4B6F8B2C-0C5E-4D9E-9C1A-2F8E7D6C5B4A}", false, true},
	{"4b6f8b2c0c5e4d9e9c1a2f8e7d6c5b4a", false, false},
	{"4b6f8b2c-0c5e-4d9e-9c1a-2f8e7d6c5b4g", false, false},
	{"jane@example.com", true, false},
	{"jane.doe+docusign@mail.example.co.uk", true, false},
	{"@example.com", false, false},
	{"jane@localhost", false, false},
	{"user name@example.com", false, false},
	{"", false, false},
}

func TestSubject(t *testing.T) {
	for _, tt := range subjects {
		if got := isEmail(tt.s); got != tt.email {
			t.Errorf("isEmail(%q) = %v, want %v", tt.s, got, tt.email)
		}
		if got := docusign.IsGUID(tt.s); got != tt.guid {
			t.Errorf("docusign.IsGUID(%q) = %v, want %v", tt.s, got, tt.guid)
		}
	}
}

func FuzzSubject(f *testing.F) {
	for _, tt := range subjects {
		f.Add(tt.s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if docusign.IsGUID(s) && isEmail(s) {
			t.Errorf("%q is both a GUID and an email", s)
		}
		if docusign.IsGUID(s) && len(strings.Trim(s, "{}")) != 36 {
			t.Errorf("docusign.IsGUID(%q) with a wrong length", s)
		}
	})
}
