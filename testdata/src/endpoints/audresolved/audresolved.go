// Package audresolved: a JWT aud built from a method of the application's
// config, and the aud of hand-rolled json-tagged assertion structs (DS103).
package audresolved

import "github.com/golang-jwt/jwt/v5"

type config struct{ demo bool }

func (c config) authHost() string {
	if c.demo {
		return "account-d.docusign.com"
	}
	return "account.docusign.com"
}

// apiHost is the application's own API.
func (c config) apiHost() string { return "api.example.com" }

type assertion struct {
	Iss string `json:"iss"`
	Aud string `json:"aud"`
	Exp int64  `json:"exp"`
}

func handRolled(cfg config, ik string, exp int64) assertion {
	return assertion{Iss: ik, Aud: "https://" + cfg.authHost(), Exp: exp} // want `DS103: JWT aud "https://account-d\.docusign\.com" has a scheme \(https://\) \(invalid_grant\)`
}

func handRolledConst(ik string, exp int64) assertion {
	return assertion{Iss: ik, Aud: "https://account.docusign.com", Exp: exp} // want `DS103: JWT aud "https://account\.docusign\.com" has a scheme`
}

// Correct: the bare host.
func handRolledBare(cfg config, ik string, exp int64) assertion {
	return assertion{Iss: ik, Aud: cfg.authHost(), Exp: exp}
}

// The application's own API keeps its URL form.
func handRolledAPI(cfg config, ik string, exp int64) assertion {
	return assertion{Iss: ik, Aud: "https://" + cfg.apiHost(), Exp: exp}
}

func registered(cfg config) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Audience: jwt.ClaimStrings{cfg.authHost() + "/"}} // want `DS103: JWT aud "account-d\.docusign\.com/" has a trailing slash`
}

func registeredBare(cfg config) jwt.RegisteredClaims {
	return jwt.RegisteredClaims{Audience: jwt.ClaimStrings{cfg.authHost()}}
}

// link is a payload with an "aud"-tagged field and nothing else of an
// assertion: not a claim set.
type link struct {
	Aud  string `json:"aud"`
	Note string `json:"note"`
}

func payload() link {
	return link{Aud: "https://account.docusign.com", Note: "see"}
}
