package knowledge

// KeyFields are the struct fields that take a PEM private key, with the
// name messages use.
var KeyFields = map[string]string{
	EsignJWTConfig + ".PrivateKey":                             "esign.JWTConfig.PrivateKey",
	XJWTConfig + ".PrivateKey":                                 "x/oauth2/jwt Config.PrivateKey",
	"github.com/jfcote87/oauth2/jwt.ServiceAccount.PrivateKey": "jwt.ServiceAccount.PrivateKey",
}

// KeyParsers are the functions that parse a private key from their first
// argument, with the name messages use.
var KeyParsers = map[string]string{
	"github.com/golang-jwt/jwt/v5.ParseRSAPrivateKeyFromPEM":             "jwt.ParseRSAPrivateKeyFromPEM",
	"github.com/golang-jwt/jwt/v5.ParseRSAPrivateKeyFromPEMWithPassword": "jwt.ParseRSAPrivateKeyFromPEMWithPassword",
	"github.com/golang-jwt/jwt/v4.ParseRSAPrivateKeyFromPEM":             "jwt.ParseRSAPrivateKeyFromPEM",
	"github.com/golang-jwt/jwt/v4.ParseRSAPrivateKeyFromPEMWithPassword": "jwt.ParseRSAPrivateKeyFromPEMWithPassword",
	"github.com/golang-jwt/jwt.ParseRSAPrivateKeyFromPEM":                "jwt.ParseRSAPrivateKeyFromPEM",
	"github.com/golang-jwt/jwt.ParseRSAPrivateKeyFromPEMWithPassword":    "jwt.ParseRSAPrivateKeyFromPEMWithPassword",
	"github.com/dgrijalva/jwt-go.ParseRSAPrivateKeyFromPEM":              "jwt.ParseRSAPrivateKeyFromPEM",
	"github.com/dgrijalva/jwt-go.ParseRSAPrivateKeyFromPEMWithPassword":  "jwt.ParseRSAPrivateKeyFromPEMWithPassword",
	"crypto/x509.ParsePKCS1PrivateKey":                                   "x509.ParsePKCS1PrivateKey",
	"crypto/x509.ParsePKCS8PrivateKey":                                   "x509.ParsePKCS8PrivateKey",
	"crypto/x509.ParseECPrivateKey":                                      "x509.ParseECPrivateKey",
	"encoding/pem.Decode":                                                "pem.Decode",
}
