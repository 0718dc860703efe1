package pemkey

import "testing"

func TestQuoteLabel(t *testing.T) {
	for label, want := range map[string]string{
		"RSA PRIVATE KEY":                              `"RSA PRIVATE KEY"`,
		"RSFolderA PRIVATE KEY":                        `"RSFolderA PRIVATE KEY"`, // a typo worth showing
		"RSA KEYPAIR":                                  `"RSA KEYPAIR"`,
		"KEY MIIEowIBAAKCAQEAwAukoVgQYoAv6dbC":         "(not shown)", // key text pasted into the label
		"RSA PRIVATE KEY+/=":                           "(not shown)",
		"A VERY LONG LABEL THAT GOES ON AND ON AND ON": "(not shown)",
	} {
		if got := quoteLabel(label); got != want {
			t.Errorf("quoteLabel(%q) = %s, want %s", label, got, want)
		}
	}
}
