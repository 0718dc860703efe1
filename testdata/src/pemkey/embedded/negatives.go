package embedded

import (
	"crypto/x509"
	"encoding/pem"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// Not reported: a certificate.
const caCert = `-----BEGIN CERTIFICATE-----
MIIDBTCCAe2gAwIBAgIUDcZZBAOCrIu6axEnJ1hI5ilOcbIwDQYJKoZIhvcNAQEL
BQAwEjEQMA4GA1UEAwwHZXhhbXBsZTAeFw0yNjExMjIxMTI2MzBaFw0yNjExMjMx
MTI2MzBaMBIxEDAOBgNVBAMMB2V4YW1wbGUwggEiMA0GCSqGSIb3DQEBAQUAA4IB
DwAwggEKAoIBAQC3fK/7flMOeB+I7knY0548YdkM+bfq+ShyXEfQNhu2FwjsiLbP
De3M55L02eCmlTJBIIZRzzjqYMmv6KbRClCjuv4sOpdtifWgqc234V2Nh+PUmhek
N8xUNtkSoHSgKlHPiBNuQM7/3g04VtBh5lFAZIDqKCvDe0Kb68CTTkznIe3cZk+I
gmfOWCApqbEd29Xni5d9d8grAaTfsbaZhNxP7usv52QtgkbbKcFlJYj8rUzY5JI/
XfYLoRtDtjqtGlWWyIz8igAckz/MwAdNLDQhlKgFibBCPH0G0Pcjlm86IR79YUwy
vyYFNB1WyKpy1tJ5G40zHZ3ZYY1agfcKMFLxAgMBAAGjUzBRMB0GA1UdDgQWBBT2
BlDpBzj+OA2hPY7DDl/k/Pf6bTAfBgNVHSMEGDAWgBT2BlDpBzj+OA2hPY7DDl/k
/Pf6bTAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQCmT4usrGQI
WipkEUGYu2kvv45/QmF9gYci7tTLeRcF2MaygEPUPtJ09QPWilBe2IUWL9rBanb4
LkzjsR+oIOmojJdi5utFRP1W11YxeM2LmcIr2hKvEPb/2opIuO1QJWPmLdmheDZy
aLaQv3Nnp9eU0W8KFMlQps0Li4S3+Cyh6ZxffAdh5FHfIf3+8F7o68kwfquQp4m/
dY4mkg5SS99fopv9ozW9BnTNJ1vSzYuUv2+M3fJh3pMkwdocD5/6l6Snz4vFyK1i
uWvy2Od/crjBkAPlSCXVuTz1iEEyzsh7AQaxeyqVSvyIpFl9FmqcRu5LIGMRlV1V
d1uSD4XIQ188
-----END CERTIFICATE-----
`

// Not reported: a public key.
const publicKey = `-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAt3yv+35TDngfiO5J2NOe
PGHZDPm36vkoclxH0DYbthcI7Ii2zw3tzOeS9NngppUyQSCGUc846mDJr+im0QpQ
o7r+LDqXbYn1oKnNt+FdjYfj1JoXpDfMVDbZEqB0oCpRz4gTbkDO/94NOFbQYeZR
QGSA6igrw3tCm+vAk05M5yHt3GZPiIJnzlggKamxHdvV54uXfXfIKwGk37G2mYTc
T+7rL+dkLYJG2ynBZSWI/K1M2OSSP132C6EbQ7Y6rRpVlsiM/IoAHJM/zMAHTSw0
IZSoBYmwQjx9BtD3I5ZvOiEe/WFMMr8mBTQdVsiqctbSeRuNMx2d2WGNWoH3CjBS
8QIDAQAB
-----END PUBLIC KEY-----
`

// Not reported: a string that holds only a PEM header.
func looksLikeKey(s string) bool {
	return strings.HasPrefix(s, "-----BEGIN RSA PRIVATE KEY-----") || strings.Contains(s, "-----BEGIN PRIVATE KEY-----")
}

// Not reported: the standard library's disguised test keys.
const testingKey = `-----BEGIN RSA TESTING KEY-----
MIIEpAIBAAKCAQEAzjXOeSVSXXWZRa0D/Yduq8wZ/aq64EXPTtDeBLPBpPID52GI
tIKFx0b0tsXc2w9p3RE7sU+gYqnibTbNxyTvqwG7Z8Wv2WRv9zXpIDH0XmF4hA+V
i3HULHFnjQLKuSmPg+gwhGYkBAPYlVwexRaBhIjGByzvVpQzPSMVXijMwsJD8p+C
bRZzHil9Hl+UqjJGT9lkvCE+EOqfIFvkoZMwestGPP84BybRBTFC9piSU/yfgotX
pHh9amt/LgF7yAeB6SSD+cUUxpuUPhw3I86LMTgPXlW9I7cg4BNCvpTdOiyVGEdn
kk34d39Ymz2sZeh7E3V/YP8TV8DKz+qjdqXLQQIDAQABAoIBABdiPyJ6QruR6xpd
WxM8MSbeq4DaRDxL9kz9/vtCBh7GCf7KTuYHWhPFvljemaOmvQ7CVkZOXQXrNV/E
o/OmAt6dwOps3rrUeqTqMmBCAe/U9kVlfgQU2aZbis5RB3uVVK603RGagpGI/R28
10lquq+0kd488HwdLK1NZe4qSsP37v9vXxJY1UsispmshzQ/OhJvGBW5L/AaESO8
1sCqfqgc+92wPwtoqmnGWdYiTwTJHyI/bXLe8suP3EgtG3BZKtKQKkudRHkBr7fS
YiRxAlLRIMQtJse8VVfKgh3VkiT66vekQzphoSC6KIIZFksev8FY5fL8nv/vljEn
T6/u+xECgYEA6A/5ykY7kFa4Fb/QsXr4qvUVnO1uUEdqwD7g5jM5bOezdKCGGCcL
XNnur/TQ/dyrrPp92UdqMs8kC31nnf4Ln68mjIO+rRnNAlEjs3a+xiyCpBg+mJrS
zxrxuQQlnoxr/pFP9vs6WgU0XP1vVkzCEdNjzw2j2ilS6NfNjPbpzwkCgYEA43so
DG+BsIxQu0Km3dpb7kMwVsSWigTriM4SBrTscc2CjYwJxGe7+S/2KKcpjMxlHDMJ
MImz0d7DfdmzLBRZ1NptrreMnYXtn+tdkLYosPwmeqttVrXbtq+vNCIlvHE1vBkX
L+B6o+/ievu2mzD+j3ufULAi6XPI7gaiAZ/XcHkCgYEAt0zXK3TqW4qEAXnvqCDQ
BolsNvY8KmEe6xc/odVYSLODxl19TdqZWRAzPv0Lj1ocqJd7jIKiWdvQRtsZW2xt
VgaNVnRByo0Up/3bS0hCTFqgHmmgF/5DAZ/wywmBhYi5TO0O0rGCV9TAlasBpJMg
v9/PeJ73i70UZiL/k5b8+7ECgYBs/1PfMYaou3LrZzJhVwF5lsQQrz2agGUDNgo5
IHOyy8/kVtdPPo05BxwhuocUKdPAwUuD8FczFlQBd1B8rHumm8q2TsiXqdaEK9i3
QDEbLJabbIyFYboXPPLsPfhq5KvkpvkPPbZF2ulgGEAU+FLhGVDq7pqr1YjPVGpH
8PjfsQKBgQDMjiC7ky3gOfl7heS/xDhfApi2oe+VkYeo8npcel3Fm09UtsPRE6Ho
OwpzqsdKymhem1u64+TgYz21rLNXRSvvFn5gdRs6oLP2ICuUIIE51aECYP8aP8B2
MGWs4eTbbV3ZxxyGEkmNuQ3IK6GDZ/UV0LoUYelPlzBpY2JOby7qhw==
-----END RSA TESTING KEY-----
`

// Not reported: keys read at run time.
func loadKey() (any, error) {
	data, err := os.ReadFile(os.Getenv("DOCUSIGN_PRIVATE_KEY_FILE"))
	if err != nil {
		data = []byte(os.Getenv("DOCUSIGN_PRIVATE_KEY"))
	}
	block, _ := pem.Decode(data)
	if block == nil {
		return jwt.ParseRSAPrivateKeyFromPEM(data)
	}
	return x509.ParsePKCS8PrivateKey(block.Bytes)
}

// Not reported: documentation of the format with a short example body.
const help = "paste the key, starting with -----BEGIN RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----"

// Not reported: a placeholder whose body is words.
const sample = "-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----\n"

// A placeholder body at full line width, as shown in a setup wizard.
const wizardExample = "-----BEGIN RSA PRIVATE KEY-----\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n-----END RSA PRIVATE KEY-----"
