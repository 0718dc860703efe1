// Package configdefaults is a CLI whose DocuSign hosts come from flags and
// configuration (urfave/cli v2 and v3, viper): a default value there is
// overridden per environment at run time, like a flag.String default, so it
// is not a hardcoded demo host (DS101). The one host used directly, in
// userInfo, is.
package configdefaults

import (
	"context"
	"net/http"

	"github.com/spf13/viper"
	cliv2 "github.com/urfave/cli/v2"
	"github.com/urfave/cli/v3"
)

// AppV2 is the urfave/cli v2 command.
var AppV2 = &cliv2.App{
	Name: "sender",
	Flags: []cliv2.Flag{
		&cliv2.StringFlag{
			Name:    "auth-server",
			Value:   "account-d.docusign.com",
			Usage:   "DocuSign auth server (account.docusign.com in production)",
			EnvVars: []string{"DOCUSIGN_AUTH_SERVER"},
		},
		&cliv2.StringFlag{Name: "base-uri", Value: "https://demo.docusign.net/restapi", DefaultText: "the demo base URI"},
	},
}

// CmdV3 is the urfave/cli v3 command (StringFlag is FlagBase[string, ...]).
var CmdV3 = &cli.Command{
	Name: "sender",
	Flags: []cli.Flag{
		&cli.StringFlag{
			Name:    "auth-server",
			Value:   "account-d.docusign.com",
			Usage:   "DocuSign auth server",
			Sources: cli.EnvVars("DOCUSIGN_AUTH_SERVER"),
		},
	},
	Action: func(ctx context.Context, cmd *cli.Command) error {
		_, err := userInfo(ctx, cmd.String("auth-server"))
		return err
	},
}

// Defaults are the configuration defaults; docusign.yaml or the
// environment overrides them in production.
func Defaults(v *viper.Viper) {
	viper.SetDefault("docusign.auth_server", "account-d.docusign.com")
	v.SetDefault("docusign.base_uri", "https://demo.docusign.net/restapi")
}

// userInfo ignores the configured server: this demo host is hardcoded.
func userInfo(ctx context.Context, _ string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://account-d.docusign.com/oauth/userinfo", nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}
