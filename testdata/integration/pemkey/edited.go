// Throwaway key generated with openssl for this test module only: test data, never used anywhere.

package pemkey

import (
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"
)

// Flawed: the BEGIN line was edited and no longer matches the END line, so
// pem.Decode fails and the key never parses (DS202); it is in source anyway.
const editedKey = `-----BEGIN RSA KEY-----
MIIEpQIBAAKCAQEAw6JmrpPRHva70Bz5PyVQKGApqkwD7amDL+I1uasJG50OJlA0
sPiZ7u5xoqgpKnowutH3wOnLMNNQZ16LnmwsWdpoun/SQN3DKdUppHrWuSBR2tQN
Nvab/fu4Lpn80yYU5EsYZiya+cpDo6HhoEvs4H0Qu2CEUZ3amVovvnbnABEIe/it
chskfuH5O7/6ZYLCxl3Pxm+4EM5P2c5nmXtpkjmIm8YZt1gikoswKGAVrE2+35sJ
eJmDdMcKU3KyahRJ4y9Fn7V50EO3uHJfzBj5Ig9LcBKRPViGQjwixcNB3GzXAH5D
t2qSJsKs6FP15jui6eAyTlqKnoGf5ctPK/EEBwIDAQABAoIBAFMMAzPTyv+udM7l
JcdxAwSIwdcperducKKoj+731J90vdd0z9FaTxo2/WUzpnoCMeJ0lIw/kwJwid6/
q1w+hltEVJXrAemIWjtNYmaQwMsIlcbjopJ1AIZCT470znch4NeCq2JgSA+Glc0G
QL3nzTAE10/7ql/tNylHOCJN3kTPuCjmokzva6HX610bPctIWmap9IjQAKmSD0hP
y1bqyiUKwfAfkDH1ap6SwG8gLED7swFQRsBH6ttYFNnwQT8R3U56oF1k61DlW3Qs
vgvH5nwiZO/U2bC3/8JsOQ7pILUvc5lFf+BYfV0MJHgOzQSCPyWlEDimRktWcuJu
Q1NiD5UCgYEA5ol7rde+HYbJKBxk8K+ES9U2PuQeJl85cJ/fs6JDVsHNeMa0sukw
9gnMYq/mvhytBUTaA5n1XpKMn4oBFBomIKFZUQ0vJl1McjLCL8jWHc9NII9VT8NA
dCodRfM5y2HhmFRtkk1KxBcwg8idUhQ74DvkBl9Wb/6hH3Sj27M2TYUCgYEA2T4I
Ya9RjUk714D0PF3qy0IlXDu0fTy/jAGHbLa+vx7Ljw20kNkr1FIcTETCNT3HH9r2
Pu4Iybt+W3AiYlrHPQ1BzD/qx9X0A/fMbQ2QKLS1ab9X143HlkB64sZXwgg8sygB
BVrwFQxSmBioYYcAZzWsbfy2iG8JMeHhRoFjqxsCgYEAhRnvjGk5XLbLQRtTtBrC
GT5aeWkfdywXb8z+TSpsEpUGWqru/TThjcwOcxP39t97jcU40kd7gUS/aAU3pjGK
veAqPz+Lb20CjBR+RTSBWuirMRdQPCMQ/YCrMg3B2okCxP5J3OQ/PIPfANc87Xy9
LTOm7X7x2ut6fzzKtjf8LDkCgYEAg0hmnknpub05CbnnXxfOjXjyxPNb1pdAlmZS
JdOmIC+HCnNY3HQxdYUNjtW6m5wy2sBjMZJ+AxNof++bB98eKnn5empiAtP8O+2j
P4ADz2WtgDNe7WfD5rwexy7f1+VMcWRKgab8EWw5+aplD1MbXkPkaS9gS8D2SIvd
rNMCnWMCgYEAhwwe/MbTiOBbp2DY9V5YxVZP2mdA/AOWi0zu8KgDPhBo+MhL31/V
Dg3+9mtOeRMqDUAg++uWYZm9vDgU+tRVmEA6VOaGeZsBjVtBHVhO/JaXg1Q/ekIK
S/jAUlNKu3H9Pv9q8+b6KVEZYqUyCwbU1aMgbzE/dLmG2KET5In0CKA=
-----END RSA PRIVATE KEY-----
`

func signingKey() (*rsa.PrivateKey, error) {
	return jwt.ParseRSAPrivateKeyFromPEM([]byte(editedKey))
}
