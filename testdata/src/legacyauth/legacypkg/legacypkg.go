// Package legacypkg: github.com/jfcote87/esign/legacy password auth (DS601).
package legacypkg

import (
	"os"

	"github.com/jfcote87/esign/legacy"
)

func Credential() *legacy.Config {
	return &legacy.Config{ // want `DS601: legacy\.Config authenticates with a user name and password \(legacy auth`
		AccountID:     os.Getenv("DS_ACCOUNT"),
		IntegratorKey: os.Getenv("DS_IK"),
		UserName:      os.Getenv("DS_USER"),
		Password:      os.Getenv("DS_PASSWORD"),
	}
}
