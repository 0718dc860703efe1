// Throwaway keys generated with openssl for these fixtures only: test data, never used anywhere.

package embedded

import "crypto/x509"

// want +1 `^DS201: EC P-384 private key \(PEM\) in source for x509\.ParseECPrivateKey \(`
var ec384 = `-----BEGIN EC PRIVATE KEY-----
MIGkAgEBBDA0HANSIdA/vroYRprOh9btcZ2a1RA2L5JfqQM4Yl76d7/q6qAwLa9n
oeFPFS50JoWgBwYFK4EEACKhZANiAAS8ntK3+ooNw6wY+y1Ec+t3jHAo01MZ1yp8
AbbHE8iacutK8dIRXSLosoShKf8Kw4pE98jXGRMzb2siK4RM0AMggQcqWnbb6lFW
Adgse7UFjswiekhVJEKcOc6qn0D43ys=
-----END EC PRIVATE KEY-----
`

func parseEC() { x509.ParseECPrivateKey([]byte(ec384)) }

// want +1 `^DS201: encrypted PKCS#8 private key \(PEM\) in source \(`
const encryptedKey = `-----BEGIN ENCRYPTED PRIVATE KEY-----
MIIFLTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIjRC89O7cNIoCAggA
MAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBDoDth0hTqk9S9nzA9OWilDBIIE
0CPsGN3Wwksa1TN8GoJEBEqeKjZ6+j5QLfRZ87i+FRvpwN2CklD+OJon3j2z+JlF
FFjLYaepabR6rJ3gNfbSli5IKxW8mUcdakgH3JvnT1vQUXdy2YWVr7C6XmC00QMj
I067FJQogA7K+KJ0puB5+yDHatFFYxM6yLHOHb4eAtONIDr0298GEz26eoyCKjLY
vAeAXPYwGoa6+CQJ/Oxnecr4Hhj78juREmTTkAevzem/lYsnaiZXWEvjdZD7lK/+
bnjObYKkG2poXzsoEcQdpdNRLXTJLnLJj4ruKAnp6JGGCnTkXec3N5o4RT9JGaKY
f8YH9g434jLDyIijx/5oEp4gIA2PmJfWq8zLABgjX5Rynz8DetrS0DO32H+90r1A
tb5pciTvrZ7tld3PnZnfoBG/UQEi81SILCL3lSYIYCAItHcmtsbyqr4CJKfjVPXE
0ZheEBe8UknNqRzDHG8UuwtOuxnzbkjhbCFLD8VV+dZX2vMYlmrRfRmwauOTlcyO
r6T+KmB+da19KHq3rStPhdQKST8IikTvDImrv/m/jfi4SXK6qFdoNXfkkJQA2h6j
WibPwZk2cVcY1VmXmIYu15Fq1jcBmd3H6ktjDcp5x/gqVPWv4hFFqO0eb076AVta
uEXBMjW+bRAQgJYO6XDE1pnUovrEBiCZotZqArJYfl9DHUoGjZD5q9vFp6J28Xue
lHrprX4PQ8Zqpr625eboRzZgaPDa5mGXFD+IZ6UpoAGfS4v75ss+FLZqqgDeK8vm
qhSRi5IlBENnzdkFNoZ9X7SRaiS8C1vQX+kWI9t1Ppok2mk0E9b5nR7kkFGktymV
QNorTJLFjwgWDHLRtPk+c58V7yd97ocCC4YGAeHaWrbu5ISgp7dXT6wadeFjKDmq
n3oBSX0Hj9fH+M+ijMGXuXVJVLdE1C/acfjCBe1H07eWVEVv1fk/qzlDub1T0jb0
KQL4ig0GWO1BloBuG2Y+iHXvl9/lLjQAnF4iulCVK9cKeVp3ghrmyt8WFWX7aRWp
lY2ez3SMOpAsHFk81J0MvcjUbLBnlQVCb04nn+dnZebb1rz+ZMEanFsHsv4eTHGo
ZwMYKu18sRdH7qzSxM8tu0NTOtW4NQmYM8BNshtx4Nm4vQ3yznazYXR/lft2xQVU
COnaeRWPjVqlDCZsPWD8SOtKEBit6Yu4JsJg8MHcyrr16k73hUFB69ivanxgtfjM
1eEqWGsqYK2LhGMOYPFcE8WZ+Bykq/RUbrvGssPmJBhAZehd6FPzR0V+bnYgVRa5
urmRVPjmkQAEu7nN1VxMThon7PM2ThRZfu+pmcuzmGCmYf1UvuE3UmNv1rMVk/UJ
pb9rWGO0ob4MUg/9PnDo2iIbctfyslKPu+ZjOMhoKFnUMZLmQzITtgp6Jb/mSD+W
dimCLMetkVSpMMTdmHOTwgA2C7R8UBLPKZ84liBjvfqUvsmRvQWOjvtOeGQZZ8BI
oCs/Ujl5fnz8fgBkPtvylU+IAKfzkO49enPQPHBI4chc9JzgySjetZqJbQheg9g/
1E8mNkelBdVLRDbX8PAznmkOs4pf3f6Y38RKNDUtIP6WMGXD6aBej3bCTo4sPrI0
deGUdP/0PXm2jCXm1goVz7kV34Tv3ey3GHSUQUBJKBTL
-----END ENCRYPTED PRIVATE KEY-----
`

// want +1 `^DS201: OpenSSH ssh-ed25519 private key \(PEM\) in source \(`
const sshKey = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACAMy1Ru7p4uQ/cas+jQprznXvGHCXkuT6D6hkHM3gzdggAAAIj+dfHc/nXx
3AAAAAtzc2gtZWQyNTUxOQAAACAMy1Ru7p4uQ/cas+jQprznXvGHCXkuT6D6hkHM3gzdgg
AAAECq/rpexz0zm6khu7EofO83OCMV42PqHWIRBIP7NdIDAAzLVG7uni5D9xqz6NCmvOde
8YcJeS5PoPqGQczeDN2CAAAAAAECAwQF
-----END OPENSSH PRIVATE KEY-----
`

// want +1 `^DS201: DSA 1024-bit private key \(PEM\) in source \(`
const dsaKey = `-----BEGIN DSA PRIVATE KEY-----
MIIBywIBAAKBgQDwYeJUGO8BBh5WjxcMQIRafWu5ytvML3q5ZSB+kDftYWBt1l1L
y+YBmMQcBMznz77tR7OQQNK4BoRO3wJZxLs1XgnDr6sLsxeggQkpZ9ZOV1qF+NT0
JQ07n7lnxwOATniKbiM6j19BKkrt/dgfq84sVa4OPyuPCW4/rfdpkjT8JwIdAPKM
cHZEmTd4Yduko0JuGTXHOLMJo+6Wd+ZfuPkCgYBqPctupcRIXaeosfiC39zTEZVR
5Nk77JpwIpTuXc28QuMCKLv57E8fe4W/O3aK8v+q8se0juLprc0hlRGPDeyjouPz
+jL61Q6ixzwEOOplT71p99dj1ugtdbU/W3CS152uOmRSHv3GjV4Nn+xgHwJ7Ltxo
KvDZ7zsd/Grv3RX8ngKBgArNg4rq0h3thVAa0fjxc67wpzsYzVdp037440+bjXqZ
N9SYME3+U8OnMwEJTp9dBzsCxNt5FXxltZjwONyHb5FkZw5qhxsgwAXrJqZADlEm
+UnEGCqkLqm2FdB8kz4VsFkBIryDpgHWxT06RIIrjUgc2T3U6mSWfZ7zTwnQYvWH
Ah0AjA8LBSEzpVih8vfTSO0PH2qdmKsG1nS1vHbhzw==
-----END DSA PRIVATE KEY-----
`

// want +1 `^DS201: Ed25519 private key \(PEM\) in source \(`
const edKey = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIFnlzo57sHztpsmqgswJDeVG9sbq2tLIDylj7uKpGYeW
-----END PRIVATE KEY-----
`

// A key assembled from named pieces is reported where it is assembled.
const (
	keyBegin = "-----BEGIN RSA PRIVATE KEY-----\n"
	keyBody  = `MIIEowIBAAKCAQEAuNLKER2qu3Onj46QQ8YxlV79K7CRWQIMTriS+VQr+RFcAea7
CXTXKeEYFQMpCLA0IoK5YJlESifbX3MNIUXSxjQGxg/RKAErBnxoBNnMccSHXN6D
PbD18FrQ+heGic4T3bF9L6PYcNFEK2sAKULelHgkRG9Es451jLr0vhAPRTReOyuU
MVZcnr/1dz6/J5phkBsRL3j+cMXkbHvFeEfQINbnLRKa/fEYknsw8CFhrjdGvdc/
WRcVQGxnYJ8jI6EwmiUT+sHqUQLSTUUpyBDEydV0rgj4ccJ4d0AI5XzpvSGKzNB1
2ne1o14PLqq/AdVRPjA5bzEYmUe1dMOq4Qd7UQIDAQABAoIBAADDn0R8KAf6JSrc
va/g0T6p+K8mNnfv7wnJDX+93O0kMqfXM/OcewTzROBCSZYHfqBNcJmeJOoFa+8x
+mND8ehquaZxwZrQ7hzNVFYnQl/JlLonh/phR7sIP42iYrpI5n2WlRThsFjmwYSq
vrPZRx8At7LmbXyO3xyMV/MWTEu1/BwvuDjvxziEZYFbjgtXM/u9OjjdopVyEDm4
YqWN9AEsb6j1+nAqJem/2xM1TQe9+dUVnoYz7RxteJRdeQ/SsKrp4aOoqOduxZc5
Vu+HiFi1oHBWpAi2OUx0c0FUe184vTVaKbTWwpMm5nt8pup5LwNHzRC7it1yKIgT
4rPjrwsCgYEA4fTMOTIOktdOGbM/X/LX4KVpyz/m3RydLehb8tOsbM27iwMNhN/E
kuXAQ7hWvpQruZHdakd587cuBN25qwnZBX57Cgnx8MithkZNqekoUEAtI5qXLdlH
luex/BiQ9VmxMwmfcRx2sxlSP2MXGZkulR5Ryc32oYPhty0VrsZXiVsCgYEA0WXk
lVp839kHza5IijhE1PwCFre1iNoIrt8eWYNfX+8726Ah7M/kt8W7IPmpfWD4g0Rn
gZZUfF+Yfu/cPFYL3+ZYvMs1/QGbqUYmxQABZCOANHmD05CkS9ycPcYC8oZKeOOU
vzCb2q/ltjX+Bqz7O72RuinLCKn2M/t8HmbZgcMCgYEAsXop/rLGp6fdfGpCWQbR
cW37jt1+ZCZZfvmHX0/LmxptOF8Je1iXehpjzc04tTCEt5lOpG/H5hn3V3Mgpqtx
ftM9qUDufAXj5hfKYK72LzJ5QgHmxOhpRqpuLmjNUylD+aaRSbLluP8mjwsx1bVv
1UifTTcthOelns8WvNSlZQkCgYBXakD9tJPS4whl7e7sfMcHXtkEYNbQ9ayQTCag
Wb6UDwwfCH+BG9ywd0RCZNdDtxqnugO3zmkgrsu7miiHq6gzZTcAQZkdMPGpvdZr
gTATfNqFjYDh7k0YOlWjWClc04D9bIxpMEKwDaRI58tPQCF1dBME83OF/2X/l2ne
SzNb/wKBgAj3C6GhU1e+QlvpmDVdsOkZEIB2d5YL24Y+SmfwXpphgOgH0PyJL9PT
4AZrALPDoSQYTbZO2qi4mVNtsJJDOs0uF+btgOxpHtJEBqd+mfeg6HTWZNvoYDJ5
/ItZuHoFrsgDqFEJy8CC0ZtOUqKudHChqcEVSWenXAo6Vd4wBb5e
`
	keyEnd = "-----END RSA PRIVATE KEY-----\n"
)

const assembled = keyBegin + keyBody + keyEnd // want `^DS201: RSA 2048-bit private key \(PEM\) in source \(`

// Using a constant does not report it again.
var alias = assembled

var aliasBytes = []byte(assembled + "")
