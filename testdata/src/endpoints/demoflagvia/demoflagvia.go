// Package demoflagvia sets esign's IsDemo through another package's alias
// of esign.JWTConfig, without importing esign: the analyzer's fast path
// must still see esign's types among the package's indirect imports.
package demoflagvia

import "endpoints/demoflagvia/settings"

func Hardcoded(key string) *settings.JWT {
	return &settings.JWT{IntegratorKey: "ik", PrivateKey: key, IsDemo: true} // want `DS101: IsDemo: true hardcodes`
}

// Own is the twin: the application's own IsDemo field is not esign's.
func Own() settings.Flags {
	return settings.Flags{IsDemo: true}
}
