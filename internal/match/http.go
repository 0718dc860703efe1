package match

// RequestURLArgs maps the net/http functions and methods that send or build
// a request to the index of their URL argument.
var RequestURLArgs = map[string]int{
	"net/http.Get": 0, "net/http.Head": 0, "net/http.Post": 0, "net/http.PostForm": 0,
	"(*net/http.Client).Get": 0, "(*net/http.Client).Head": 0, "(*net/http.Client).Post": 0, "(*net/http.Client).PostForm": 0,
	"net/http.NewRequest": 1, "net/http.NewRequestWithContext": 2,
}

// ClientSends are the *http.Client methods that send a request: Do takes
// a request, the others a URL (RequestURLArgs).
var ClientSends = []string{
	"(*net/http.Client).Do", "(*net/http.Client).Get", "(*net/http.Client).Head",
	"(*net/http.Client).Post", "(*net/http.Client).PostForm",
}

// ClientCertFields are the crypto/tls.Config fields that give the client a
// certificate to present (mutual TLS).
var ClientCertFields = []string{"crypto/tls.Config.Certificates", "crypto/tls.Config.GetClientCertificate"}

// HTTPClientKeys are the context keys under which OAuth libraries take the
// *http.Client for their token requests (context.WithValue(ctx, key, c)).
var HTTPClientKeys = []string{"golang.org/x/oauth2.HTTPClient"}
