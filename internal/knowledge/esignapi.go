package knowledge

// More APIs of github.com/jfcote87/esign (v0.9.0).

// SubjectArgs are the library calls whose argument (by index) is sent as
// the JWT grant's sub, the impersonated user: esign's JWTConfig.Credential
// takes the API username (the user ID GUID). Claim fields and keys ("sub",
// Subject) are internal/claims'.
var SubjectArgs = map[string]int{
	"(*github.com/jfcote87/esign.JWTConfig).Credential": 0,
}

// AccountIDFields are the library struct fields that hold a DocuSign
// account ID (github.com/jfcote87/esign v0.9.0).
var AccountIDFields = []string{
	"github.com/jfcote87/esign.JWTConfig.AccountID",
	"github.com/jfcote87/esign.OAuth2Config.AccountID",
}

// AccountIDArgs are the library calls whose argument (by index) is a
// DocuSign account ID.
var AccountIDArgs = map[string]int{
	"(*github.com/jfcote87/esign.OAuth2Credential).WithAccountID": 0,
}

// EnvelopeStatusOps are the github.com/jfcote87/esign (v0.9.0) operations
// whose Do requests the status of envelopes: Envelopes::getEnvelope,
// listStatusChanges, listStatus and listRecipients ("gets the status of
// recipients for an envelope"), in the v2 and v2.1 APIs. Create, update and
// document downloads are not status requests.
var EnvelopeStatusOps = []string{
	"(*github.com/jfcote87/esign/v2.1/envelopes.GetOp).Do",
	"(*github.com/jfcote87/esign/v2.1/envelopes.ListStatusChangesOp).Do",
	"(*github.com/jfcote87/esign/v2.1/envelopes.ListStatusOp).Do",
	"(*github.com/jfcote87/esign/v2.1/envelopes.RecipientsListOp).Do",
	"(*github.com/jfcote87/esign/v2/envelopes.GetOp).Do",
	"(*github.com/jfcote87/esign/v2/envelopes.ListStatusChangesOp).Do",
	"(*github.com/jfcote87/esign/v2/envelopes.ListStatusOp).Do",
	"(*github.com/jfcote87/esign/v2/envelopes.RecipientsListOp).Do",
}

// EnvelopePackages are the esign packages that define EnvelopeStatusOps.
var EnvelopePackages = []string{"github.com/jfcote87/esign/v2.1/envelopes", "github.com/jfcote87/esign/v2/envelopes"}

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

// ConnectDataType is esign's decoded XML Connect message.
const ConnectDataType = EsignPkg + ".ConnectData"
