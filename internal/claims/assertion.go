package claims

import "slices"

// LibraryOwner reports whether owner (a Site's Owner) is a claim-holding
// type of a JWT library: a claims struct, map, builder or token type.
func LibraryOwner(owner string) bool {
	if _, ok := StructFields[owner]; ok {
		return true
	}
	for _, list := range [][]string{MapTypes, BuilderTypes, TokenTypes} {
		if slices.Contains(list, owner) {
			return true
		}
	}
	return false
}

// AssertionShaped reports whether the claims set together look like a JWT
// assertion, the one test of jwtclaims and scopes: one is held by a JWT
// library type, or they set at least two distinct registered claims among
// iss, sub, aud, iat, exp and nbf (so a plain map with a "sub" or "scope"
// key is not taken for one).
func AssertionShaped(sites []Site) bool {
	var names []string
	for _, s := range sites {
		if LibraryOwner(s.Owner) {
			return true
		}
		switch s.Claim {
		case Iss, Sub, Aud, Iat, Exp, Nbf:
			if !slices.Contains(names, s.Claim) {
				names = append(names, s.Claim)
			}
		}
	}
	return len(names) >= 2
}
