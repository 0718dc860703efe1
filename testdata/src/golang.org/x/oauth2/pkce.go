package oauth2

import "net/url"

// GenerateVerifier generates a PKCE code verifier with 32 octets of randomness.
func GenerateVerifier() string {
	return "stub-verifier"
}

// VerifierOption returns a PKCE code verifier AuthCodeOption. It should only be
// passed to Config.Exchange or Config.DeviceAccessToken.
func VerifierOption(verifier string) AuthCodeOption {
	return setParam{k: "code_verifier", v: verifier}
}

// S256ChallengeFromVerifier returns a PKCE code challenge derived from verifier with method S256.
func S256ChallengeFromVerifier(verifier string) string {
	return verifier
}

// S256ChallengeOption derives a PKCE code challenge from the verifier with
// method S256. It should be passed to Config.AuthCodeURL or Config.DeviceAuth only.
func S256ChallengeOption(verifier string) AuthCodeOption {
	return challengeOption{
		challenge_method: "S256",
		challenge:        S256ChallengeFromVerifier(verifier),
	}
}

type challengeOption struct{ challenge_method, challenge string }

func (p challengeOption) setValue(m url.Values) {
	m.Set("code_challenge_method", p.challenge_method)
	m.Set("code_challenge", p.challenge)
}
