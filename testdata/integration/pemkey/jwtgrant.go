// Throwaway keys generated with openssl for this test module only: test data, never used anywhere.

package pemkey

import (
	"os"

	"github.com/jfcote87/esign"
	"golang.org/x/oauth2/jwt"
)

// Flawed: the RSA key of the integration is a constant (DS201).
const docusignPrivateKey = `-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAwROLg4UYQRO1sIjNEddFJqjg9eAf1G+PooTroJP0DiWXYf+O
v1TL6inSt27cDoLKD8+emqFQUCdsKa37FRcWh0UAlTv8VssQSCcZ5cC3WnswORp/
b/QIm3FV/vIsewXqfH24ceQHv17IaOS+skmn1zYPXdvKu5Y71eWKycsr8CCH6sw8
m30dmiksGJmPNBQgp8skAX/FoXzJimX/Wcs41RBcA0GE13LdCHjUTmA8Q+pesQKa
PBvV3p8dLozkTtEKl5OJa/G5M+VX1AYc9aL8iekAyGyGnP1qA38au2MEL5gPJ3xE
brKausPNZoI2UArk4K1eopqGcF3zRefJJQp0kQIDAQABAoIBAAoWQzFKcmlQ9iqs
RPlwA5H42/LghA0xTGHfW5+Kp0MXceyZ4Ttr+tDHoVV5vleoO9X+YPD/aT6cxqT5
TM8t4vyLbXO+e+kNaBL67vqOuk2I9sye7qY6y7nSPp3IiWwec6EQIOMbWI/GDAaV
38QY/sKqtXwP8+wftc3PlZQEEC41756mu0DPcRcFoabK3XtnKRDR/VLCWJ8a+YZo
Y/Euvo9oamtaelOt3Qt56y/PDf891miG8jsEDyOoiCsqCQTrOHvdUxOyHnxnsqCF
ETWA3X7fg3pGndRSTnyAstpiFrC0cX9+ykY3HVgK0Llx6FhuLVRQR8axTSZl3UvQ
LQ+QG1kCgYEA6M5zkdCNJnDAoZuFeuIbZcOllCamSXFeu1SG389ntuKCZnLlx9i/
a1pl87MtL/tvcGGBO0VpyelBjQgg0KvECtBAofHI1wD2Jq3w3jgVce+yO9uYCph4
FD8pYRvxwgC1q5rbuJuSKPThHV21xzzqiFeVcjZu5eEoRNpfEGtU5lkCgYEA1E/O
1mYPLf+MldvzJq8awvyEbuQi46TaUHbyGQVXhF24GF4TEWNdAOvmsgISrZpy5pUD
m9jjQHoRW7joWRA+EHSA3RBnIkr/Cmbwo0pM1pP4VFt4zOKTKbk3w0fWCrEfQSHR
D34fYkZTrmEcFCFXF3pFiQmqa1ZDOmJDyNksqPkCgYEAvD1KZympJ97dcw6sRCsV
GhizBnKl3BaGEZSMJeWvJ8pIxAu9TfUs+eGzM/S54eU9OzIr6z/6BN/NN/rNhcyN
DG1NBWTaDzbg0W+tphDVDjZQ+GNbsZ2M4lob3EBbH5GxU1s4tDFeYi125GbEN6BC
xxGCbkIjM072X43udflDQakCgYBs2X3x7eFac+pf6qR+8MeHsG81a0F39Mz49AKr
UVHNSz9XPuQHximoj0l3ehiZaNX/4eY3wLrCE9NSczqsbudjCFgI/p/htRGNA7nb
/fvnB3YJydvlL0TD33H3bJ0QXj7n5a6JguAUQnokrST4LR+5qbZ8y7fT0CYniLm3
/6AmAQKBgG8sd7m4/tuzt5X+qGm7Oyd0XOJ0GXAMu0eUUTLbbIEzejAASsWg825d
tJ7yU/D2AJqruoTMpGCnft7lA+3jhKUUmmO8kPiUrjhyNbKrKLrHMTvKmVpk3FJm
qHmrzyfCWa8q9oueWs+5G7pc/Um2FT68VOlZHj5hQ7Mec7xnlLm0
-----END RSA PRIVATE KEY-----
`

var demoJWT = &esign.JWTConfig{
	IntegratorKey: "7c2b8d31-0f4e-4a7b-9d5c-2e1f6a8b3c90",
	KeyPairID:     "1f0e9d8c-7b6a-4594-8372-6150f4e3d2c1",
	PrivateKey:    docusignPrivateKey,
	AccountID:     "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
}

// Correct: the key comes from the environment.
var envJWT = &esign.JWTConfig{
	IntegratorKey: os.Getenv("DOCUSIGN_INTEGRATION_KEY"),
	KeyPairID:     os.Getenv("DOCUSIGN_KEYPAIR_ID"),
	PrivateKey:    os.Getenv("DOCUSIGN_PRIVATE_KEY"),
}

// Flawed: a PKCS#8 key pasted from a JSON file, with literal \n escapes.
var serviceAccount = &jwt.Config{
	Email:      "7c2b8d31-0f4e-4a7b-9d5c-2e1f6a8b3c90",
	Subject:    "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a",
	PrivateKey: []byte(`-----BEGIN PRIVATE KEY-----\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7wAE2k+FPF+pl\nL896msAAf+wdHKH/Ps6z/3vDbzwXx1xb4TzWxCjxJ3XsteXlEqtQhQtaLWY5n7Ln\nD3ICbJXaGZeff102KLSNBqMH+O7UTL+W6tlqidaXfiPZMCK4Pr0VG+tZGFWAdGZg\nXDZx0Ag82unK3zh9SX/Md9GqExCTyMDnzDLLAt9oatw6nlgwRvYGExBxNU3s/0QE\nHnJoY45/piidtGmNxwBSThxr44E3nq27xz+VtebEygxumSHHh+KStDoB71StWiLt\nXOdTWTzEkQDKHnlvng36/NCB25lOBp/H+OawDG2yPTGnq2o6WfGzm8vxeAen5ADA\nf+E+aM/5AgMBAAECggEABRD+12KxM0mxbQ6Xuja/1KOfEwAJTRJ8UHYl+FWhmQCr\nuN0An8kGU8+dSoh0DjTtQ4x7jHDqL8bj9IFBsdgNSSfkpAyzTrlVefLCZn4sr7Ts\nfJ2UxV+31zmzrPI0FaW3w4CP3sUd1YwOkS4b2AFln4LGyU8xvovDs5hOI5lFGr/F\nqX7dmXEFKp3p1/QAkVgSokI8YBHG3HpoDar/N37Utb6vkp4Km+c8NTTlAqWY6YZq\n4LVCpVSPMw2u3GkAsNTVfXiijlSOKpJ4IyBeS0kzWBlEZABIyLLY4INQtfEF2Msb\n29fUEnzgEUWQNMiVOOH71fGDpu0X/49yXferTpu90wKBgQD6Gup9VprHiQdsTBdg\nrKDis6LEB+DR6NPrCrPQOjin5pvW//Hs3sHuZVnDCv2iGNEBg6QVCt8cgSY2coTr\nqE/EmeTO7Rtze0n2Xv232I9gs7vmPS0lhI+hVhrGgModmiPhYIG+Y97InmEM5kJ9\niMKZVtj1s8KIibQRfHHDuol3GwKBgQDALNm7x40ikI65jyfcCHEGm6GkBETJ25lb\nbKJ0E6uhidsnqmjHPaBgZDfYnM+knxTVh174qTU9HIAqgiRoz3SUDFWHv3pr2lJe\njidkzLiK4xLX7JnIKMaK2IhnMIOnTPiUbpqP+BU+2+SdbmxTVI5WtUz9/Cvq3bTn\nLAU+11EiewKBgQDpa6d/9Q0dvwEDjPygiFzbWAZH6IZlwmPOUL3DUCNCaJL3lQZI\nKRpcEZE13JMc7wZZ4G+KCAx1AQAV/smZWwuflHWcvmRJYj6ERuGK7P3bpcNvPZde\nFZsrWz5AF0ELYamtFbHhbDoniNFRBbH2kWX1UL3Kisu7PLGnRDq1DupvEwKBgHg+\nF+Zkj6xm4sa8Ceak6YOG8XacrSXYX3ZS3Lrga+1hQlzpRTIVHznwuviv9UQ9vV11\nnDjeNs+L+62dTIa/92OC7ClJ56GAMzWyoHdzmKxeNDYidn5E9SV/IqneMyIFCSxm\noBMg2LpCACN5KhJhv8YFHq10kU4ddsmGQ6n0M3HtAoGBAKwLxeENlqK15r8znhld\nf9YLAj0WVSceYnC6jBC8N15ZHEqezEvsoPO2RdyDxDNswpjcsxhzZA7AvTgv0hJl\n7wPnJihMCi9ap1d4AS9MtRIb1FsH7kxVy36sKq18LhW1uj923V3sukLGcow4zgic\nZDcOpPp2xFsATvhsopGJeLtw\n-----END PRIVATE KEY-----\n`),
	Scopes:     []string{"signature", "impersonation"},
	TokenURL:   "https://account.docusign.com/oauth/token",
	Audience:   "account.docusign.com",
}
