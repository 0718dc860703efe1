package knowledge

// Standard library APIs.

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

// URLValues is net/url.Values, a form or query.
const URLValues = "net/url.Values"

// URL is net/url.URL, a parsed URL.
const URL = "net/url.URL"

// URLString is (*net/url.URL).String, the URL written out.
const URLString = "(*" + URL + ").String"

// URLParse and URLParseRequest parse a string into a *url.URL, the first
// of their results; URLParsers are both.
const (
	URLParse        = "net/url.Parse"
	URLParseRequest = "net/url.ParseRequestURI"
)

// URLParsers are the functions that parse a string into a *url.URL.
var URLParsers = []string{URLParse, URLParseRequest}

// URLValuesSetters set a form or query parameter by name (key, value).
var URLValuesSetters = []string{"(net/url.Values).Set", "(net/url.Values).Add"}

// DefaultMuxRegistrations register an HTTP handler, their second argument,
// on the default ServeMux; MuxRegistrations on their receiver.
var (
	DefaultMuxRegistrations = []string{"net/http.HandleFunc", "net/http.Handle"}
	MuxRegistrations        = []string{"(*net/http.ServeMux).HandleFunc", "(*net/http.ServeMux).Handle"}
)

// Servers are what a ServeMux may be handed to without another handler
// wrapping it.
var Servers = []string{
	"net/http.ListenAndServe", "net/http.ListenAndServeTLS", "net/http.Serve", "net/http.ServeTLS",
}

// ResponseEncoders map the constructors of encoders over an io.Writer to
// their Encode method: a value encoded by one built over a ResponseWriter
// is handed to the HTTP client in the response.
var ResponseEncoders = map[string]string{
	"encoding/json.NewEncoder": "(*encoding/json.Encoder).Encode",
	"encoding/xml.NewEncoder":  "(*encoding/xml.Encoder).Encode",
}

// ResponseWriter is the type an HTTP handler writes its response to.
const ResponseWriter = "net/http.ResponseWriter"

// Decoders take the value to decode into at the given argument.
var Decoders = map[string]int{
	"encoding/json.Unmarshal": 1, "(*encoding/json.Decoder).Decode": 0,
	"encoding/xml.Unmarshal": 1, "(*encoding/xml.Decoder).Decode": 0, "(*encoding/xml.Decoder).DecodeElement": 0,
}

// HMACNew is the constructor of an HMAC.
const HMACNew = "crypto/hmac.New"

// ConstantTimeCompares are the comparisons that do not leak where the
// values differ.
var ConstantTimeCompares = []string{"crypto/hmac.Equal", "crypto/subtle.ConstantTimeCompare"}

// VariableTimeCompares are the library comparisons that return at the
// first difference.
var VariableTimeCompares = []string{"bytes.Equal", "bytes.EqualFold", "bytes.Compare", "strings.EqualFold", "strings.Compare"}

// GETRequests send a GET to their URL argument; RequestBuilders build a
// request whose method is their argument before the URL (RequestURLArgs).
var (
	GETRequests     = []string{"net/http.Get", "(*net/http.Client).Get"}
	RequestBuilders = []string{"net/http.NewRequest", "net/http.NewRequestWithContext"}
)

// OnceCalls run their function argument once.
var OnceCalls = []string{"(*sync.Once).Do", "sync.OnceFunc", "sync.OnceValue", "sync.OnceValues"}

// TimerCalls wait on a timer when called in a loop.
var TimerCalls = []string{"time.Sleep", "time.After", "time.Tick"}

// TimeChecks are the calls that compare or measure against a time (an
// expiry check when applied to one).
var TimeChecks = []string{"time.Since", "time.Until", "(time.Time).Before", "(time.Time).After", "(time.Time).Compare", "(time.Time).Sub"}

// SyncMapStores are the sync.Map methods that keep a value, with the index
// of that value among the call's arguments, the receiver first (as SSA
// orders them: m.Store(k, v) keeps argument 2).
var SyncMapStores = map[string]int{
	"(*sync.Map).Store": 2, "(*sync.Map).LoadOrStore": 2, "(*sync.Map).Swap": 2, "(*sync.Map).CompareAndSwap": 3,
}

// SyncMapLoads are the sync.Map methods whose first result is a value the
// map kept.
var SyncMapLoads = map[string]bool{
	"(*sync.Map).Load": true, "(*sync.Map).LoadOrStore": true, "(*sync.Map).LoadAndDelete": true, "(*sync.Map).Swap": true,
}
