package docusign

// ClientFuncFields are the esign fields whose ctxclient.Func returns the
// *http.Client that DocuSign's token (and API) requests are sent with.
var ClientFuncFields = []string{
	"github.com/jfcote87/esign.JWTConfig.HTTPClientFunc",
	"github.com/jfcote87/esign.OAuth2Config.HTTPClientFunc",
}

// ClientFuncArgs are the esign calls whose argument (by index) is such a
// ctxclient.Func.
var ClientFuncArgs = map[string]int{
	"(*github.com/jfcote87/esign.OAuth2Credential).SetClientFunc": 0,
}
