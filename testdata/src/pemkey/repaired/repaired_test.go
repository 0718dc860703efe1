// Throwaway keys generated with openssl for this fixture only: test data, never used anywhere.

// Package repaired holds keys whose PEM labels are disguised in the source
// and repaired at run time by a constant replacement (the standard
// library's test files do this), and keys under labels no decoder checks:
// they are judged as the program loads them.
package repaired

import (
	"crypto/x509"
	"encoding/pem"
	"strings"
)

// rename replaces with a value known only at run time.
func rename(s, label string) string { return strings.ReplaceAll(s, "TESTING KEY", label) }

// twice does more than one replacement: not followed.
func twice(s string) string {
	s = strings.ReplaceAll(s, "TESTING KEY", "PRIVATE KEY")
	return s
}

// Repaired by the helper: an RSA key once loaded.
// want +1 `^DS201: RSA 1024-bit private key \(PEM\) in source \(`
var repairedPKCS1 = testingKey(`-----BEGIN RSA TESTING KEY-----
MIICWwIBAAKBgQCbQ4nbdp2rKF6+gSjoqm8l3XHycDEZw7Z0grZlKKcZVeIDGPQU
CGC3KXdjFPZO1M4xqP6qPtpjfPDJdLj70jFaoCsGW9g4roUe3a4A91blLTVOSyQs
rCKfKmPId2cWkhKj7Q79VpRq9UTGuIfyUY79KhkQ1fxQJ8rt97K0q3mc8QIDAQAB
AoGAEgw9wBb/qN+ec8KLwM/e76XYEvhbnMUVNmHjVcrt8ZH8HaQO6y02INRfHlNX
dj5iYX9lauC3fg0N6Dz7K7p5JgNNfbDadLnt7YyB5Fa9JxX0Np3C1QklwyJuXgNG
+tfzcHz7V/iar/e59Y+4LT6PAC5+Pgpz6kSg9NpvBrJANOECQQDNYn09NgX985J6
tZoCwExEF7tRKP1iWPxf/jAPWE6htppoRRmzfiUwY8hIcjM9uAp8CGkmNx+Bmdt6
+LbE6XxtAkEAwYb5JVl94kgJ/G2E+gyfZIkFxU7EKEpmOoTD+FKXULpiWuxEsF9P
TIJ0VWljtyZdSnJb/FK1XoFnmDgbBssIFQJBAJDXZk8mrC8d+S1EqOpLxv02Z0mj
SJ509vaTgj0wH7P33QivwqJM0dlAZVyB/RUHl41FOTJUKYnygVBF2k8gAjkCQGKX
zN5GVWeuo8fCU/i/7YReel4m3rBYFvTBJsWf7g7mpa0EqYnhRJkJ7RKGepKYLPb8
g/hsepIHAyv9iWdQkHECP0rZR4RlpmL2AFNucOk+Q8YYeXOYO3qNm+GHYLWQIgdo
oFsXv5O8fYimt3qUIX9wwIkkR7u3p/nRMAr+3ernQA==
-----END RSA TESTING KEY-----`)

// The same key not repaired: a disguised label, not a key (not reported).
const disguised = `-----BEGIN RSA TESTING KEY-----
MIICWwIBAAKBgQDo1gzsIoL5RLtQUK+gE5dJNoAgcYJ11yrg8n33gvIIcUbI92NQ
IpmVO0pknc2YVoIiV8DV9jiWcpw/gkMktiKHVVUmpt5zHDAW6XqGeQu0gqL1YUCu
PEJt98p0ZwERXSHLDcFtreLdlO92lOqZTmmchjyOybwLiRTBPLXm8MTa4QIDAQAB
AoGANQOXyaRKAgueQrk8Y8xSI/9eyQRPWhl1z+YmvFZ6WWXBYjzBxhs6sPnhBGvR
xh/cXYlxhMYdOFQ8M1GrjA5UaeDb9uUYl6WnZ2Fj3tC53butS5rNsA2WlCRliJZq
ijYIjKYBHMmYzrEZQ/Wi44L3BV/9VhXiV2k3SzBfUkitEqkCQQD1T5IZxs6QY58d
1Y/bQc0Fc8WZO7jQb0cK0xQhNmw4odBTktaAiWHFSbSjzk2Ju6XxsjIV5OmO7cNS
KRykVCmfAkEA8vtTRaE4W13l0dVW4omqLoYt5HnYGNkgfhxQHNab7+vYB1GkwJ9f
KZRPHoZVeyPr0sUReF7qmwcti/GWP2mrfwJAb4Z8crGaybQw69xi6ZixwA/RPwgS
ztg4YShzl2Hps5mFX+l7Ebbjt1D6ChrJz5t7JzYPZTrMIEniKeE8/0ywGwJADifK
ICJWUCxWOTU+jJAMlA1JGyhmCHyNwgsQN73g88c/nJ2LBZXDS37SZSraTAQ5ttu4
OtT8we9XHfIDGMqlLQJAb6skks9O75FQV7Hiz4w5wwwgGv1EbwfkPcnjOUSEXKWM
a8rt0lKF7ouMb65kiQIFBn2WQf24Sl4WQdbdOgpzFQ==
-----END RSA TESTING KEY-----`

// A BEGIN label disguised and an END label not (crypto/rsa's
// test512KeyTwo): repaired, the labels match and it loads.
// want +1 `^DS201: RSA 1024-bit private key \(PEM\) in source \(`
var repairedMixed = testingKey(`-----BEGIN TESTING KEY-----
MIICdQIBADANBgkqhkiG9w0BAQEFAASCAl8wggJbAgEAAoGBAJtDidt2nasoXr6B
KOiqbyXdcfJwMRnDtnSCtmUopxlV4gMY9BQIYLcpd2MU9k7UzjGo/qo+2mN88Ml0
uPvSMVqgKwZb2DiuhR7drgD3VuUtNU5LJCysIp8qY8h3ZxaSEqPtDv1WlGr1RMa4
h/JRjv0qGRDV/FAnyu33srSreZzxAgMBAAECgYASDD3AFv+o355zwovAz97vpdgS
+FucxRU2YeNVyu3xkfwdpA7rLTYg1F8eU1d2PmJhf2Vq4Ld+DQ3oPPsrunkmA019
sNp0ue3tjIHkVr0nFfQ2ncLVCSXDIm5eA0b61/NwfPtX+Jqv97n1j7gtPo8ALn4+
CnPqRKD02m8GskA04QJBAM1ifT02Bf3zknq1mgLATEQXu1Eo/WJY/F/+MA9YTqG2
mmhFGbN+JTBjyEhyMz24CnwIaSY3H4GZ23r4tsTpfG0CQQDBhvklWX3iSAn8bYT6
DJ9kiQXFTsQoSmY6hMP4UpdQumJa7ESwX09MgnRVaWO3Jl1Kclv8UrVegWeYOBsG
ywgVAkEAkNdmTyasLx35LUSo6kvG/TZnSaNInnT29pOCPTAfs/fdCK/CokzR2UBl
XIH9FQeXjUU5MlQpifKBUEXaTyACOQJAYpfM3kZVZ66jx8JT+L/thF56XibesFgW
9MEmxZ/uDualrQSpieFEmQntEoZ6kpgs9vyD+Gx6kgcDK/2JZ1CQcQI/StlHhGWm
YvYAU25w6T5Dxhh5c5g7eo2b4YdgtZAiB2igWxe/k7x9iKa3epQhf3DAiSRHu7en
+dEwCv7d6udA
-----END PRIVATE KEY-----`)

// The same text not repaired: its BEGIN line is altered (DS202).
// want +1 `^DS202: malformed private key \(PEM\): its BEGIN line is missing or altered`
const mixed = `-----BEGIN TESTING KEY-----
MIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAJyGAArs37W5FNQA
6skM7GKkAsazs+3t7scO3UHGQqEiG7hKeA1g+rQ/VHMEf0gMQ3VsRZEBxM++6DvG
oI57qo4iJWb1nsFT3Om45tkN0uPoUPVohXAIIBDNas7YGEeAg8ethDV5n+rD70y5
AbBDh64CBTYBGZ983KV5BRLIOaEZAgMBAAECgYBIzGYerrcJnRBb3iVU5wbWhfOo
mRH5em1Q9c/gdKaurN95omEdz9oqlT3g1NmiF9oUNgxQ+iKggOkgTCyGuGvFP0aK
hBT5sxeI8Vqh0PE9zRKAqe7av5kphsUpKMii+02isW9BfUGMBniSIMiibGbD83EF
euUyjnnKyMFdjSVYEQJBAM1ev03xwEoHvkcit4fvMjfnW2Rzt8zI9W45j9GmNuCL
xdccFG8k99ZFq0eK3Fti6MQDgneB0uSMkqZ5vNPrzJUCQQDDHHUfkjbQhs0nRgGy
EwoiBvhFQ4bGzzT4uQc1QvEjhTsdq4D90rrCBKI2gemKn3BFZdBt+xfKgjyTeA7n
1111AkEAjM3qMcGPSfJ3JgSKerun3aZVBdFE8jXR+AmlLmNceqW6Nhq9c9qPxaws
m7d8D3gICOQzHka3VhV/Mn6C1XV05QJBALlLrW/uTGB9pRhHRBT6QAVQ2TfuiXEG
GCiekFnk2V4CicIDvt1P5E2eWO+rMUCVaup9ZxUMAewxA5aJzp4fyoECQQDAV/YJ
5hc61FrimjbVM1yQYhZIyjAQo5Va9hjezheo+wcERVzs0ZFtvcRNujhUwox46szr
OfqErdgGgzHLWB7Y
-----END PRIVATE KEY-----`

// strings.ReplaceAll written at the use, and strings.Replace with a count.
var (
	// want +1 `^DS201: RSA 1024-bit private key \(PEM\) in source \(`
	direct = strings.ReplaceAll(`-----BEGIN RSA TESTING KEY-----
MIICWwIBAAKBgQDoFGTVquobqBbXWg11Mbaj30ADnq8tcE8iYiavICHbkii1O6wO
B1zeXRIi9vdCKbARNBee/KsI5cUjOkhjteNsiikpKCjH8PR7H5lYqZ+xZn/axJwC
S/n44j+ZYAoqRsj83uawdcEsj3ANFSHgbTwrawHuuf1oWITkMvV8Q5S31QIDAQAB
AoGAKbgIzFQWE3Sq7nl0s92E7H5kXoI3EV8ACrlEJPUMwRDMGpAohLkUG7D1Yq2s
kws1aFJJ8L2Q7V+IiaWff7UhtXiaCGdQiknuisKzoYn5adjL6jXvkNjiwAwqpPq6
dHIo4Cq1Nwb9TVTj4UaptzPxQjOc65SB/QmfCo5rHpvrkP0CQQD1LVvSRC2xHpNc
gnqsatqD9G4s1Cu949NLYkMIYNmDmxvsqsMkJ2h8ChT58Dk5ijidMz1PMHXhlpab
BKR9qcuzAkEA8lMGm6WubRpGN3dXuoSzX6ur1IVDLEn5Xuqyr7knHVRggoMp1QQV
V2iHmUVjBVtfli0a8zVkE7Xd3r5ty6aKVwJAeOwFJIBx1LCS14aXAGC3I2uzxzJh
3Ib4GG7/RquVvB4NOL3D/xnco4jJbbg4URPF9mpmK59oFHoUD6LLihrrlwJAa8wn
amIf4AUKK255pk2WBf82Z0oJAdC+kEzTxHwXPGLms+hpWYuBeurTN4m4bQ+izAmw
rXSY2nPTCV2pNikV7QJAE86YgTr0ljZ88lvXwrkik6ODzfTc9tBZafa0StBOCkrT
q8/MEiFC65wOZDnPBN2TfTT/26S4pbfLtM0iu3XrNA==
-----END RSA TESTING KEY-----`, "TESTING KEY", "PRIVATE KEY")
	// want +1 `^DS201: RSA 1024-bit private key \(PEM\) in source \(`
	counted = strings.Replace(`-----BEGIN RSA TESTING KEY-----
MIICWwIBAAKBgQC8JPTULb95qXulFyuru3BqiGuO/cHMgGvPfbS5T1bJjRAmj4Y0
/ZGZoVmUd5CQLI0iom9sEyjjiX5p0gXbRBQaGUZB/fsaGC3QnwTwAz6r6jtA054g
UFPI2vZhZ+YwjT0Bawmc9bH7ZDOEWlKfPIp2x5DiRUufjuDrwU8vZ7X+IQIDAQAB
AoGALktxqtvu54Lal87RwhoHGU+kF7U9AJMA9DdcRtTM6B87wCFExrk2IHVhU3Tw
L2mm+MS7Yf586zAj2OoC4ucngrA2jsYwy0vgsMpD76p0OAlsiV65d41w6MNTMldm
ajXRd5GoeXVr5DfM0kKnuVWj0tBY0teb0wndnFIoQoqXY3kCQQDsFLSHCs5RANsk
HVAKNBL1mafTF+4lVfsAzb47C+ewkwe09Y2QumqA8PRgMVyMvMwGLuCn5gRB5VjL
+Qam3Gd/AkEAzATVPUmd54+QTzyvJKLMjhHaWu9Q0vEBcTGo4Xdbn1wiXXaoZi8S
FVAuo9VxFWKJEOP4yA7rQIbDUTY1J29qXwJALEsWM+ALJZeLhhMZ2VA73mid3DU5
MTgYh+YSMvHg3ng3kfQgQ282XErZDtM0EhO6E87nx5iYY+Sr7Fkkrlnb8QJAaI+B
iiuUlfzqBPIhATG+jIFx23ETh0ilaJH+767wcjgSFLyfid9N8UZq4OSfVEpv3Qw5
kK60uxlWOOUDUPa1GQJAFEDKp8mG4THYk8NjxNyBAIpadbCnBpM8xT/S0bs8D1qL
jUZKRz6RPz2hM0NevYPREn8n4XBBdOCq5q9sepMC+w==
-----END RSA TESTING KEY-----`, "TESTING KEY", "PRIVATE KEY", -1)
)

// A replacement whose new label is unknown, and a helper with more than a
// return: the literal is judged as written (a disguised label: silent).
var (
	unknown = rename(`-----BEGIN RSA TESTING KEY-----
MIICXAIBAAKBgQDDUqPCsBBn2I+rg09N+ScEMmjxyjmV8TXqiCR9tqBZfRRlm0Ga
HnscospyNvUVIlGwLBRzL3WnsXQfRtanqBgN4+R3h2PMHKV8xAAubP8BZRFtzNQB
gAlE9fFINs1ZqFbOKQ3mENQ7Teq8kUZryieODQ/NfteSkMr3iaQm6t8cQQIDAQAB
AoGAebhhNy1TO/PYLJEq9bOD3fiwL6XPVyK3b82ht/n8WWg6MsubCTlfjUvhj2Wy
O5Zkg74kjFeSIYvTir4xfM+jFMWXkDOLX1oWp73HUn2QzCT8Rssan1v/fTUBq+vw
ZtUsk8hTDAlKr+edFd+AoqK9kMlacn71qryFGRCw1OXGR8ECQQDuwxUmS1BIMR54
yChnmb71rizJgGJBA16hp2lR9J9GNx4jys0a9lqTPWvH455y8edvKvFheMQmrmZZ
po6VVXhpAkEA0WyxHq/GHisuiJpgVyZnWZcrLa2n3grQDiEVeUNlSE8IGiFKcIZY
6fu3HidvXYOeKVXLjTNRweYfwl3Tw/hKGQJANlSb/m/K3/KVbYSWdSSuKHeu51dY
hFTA9uYCeEzC5ZZrPFfMnmMKr1Cdswmfp6ZWNJy/+p8he2/aCHJ3JZIiaQJARqf0
LhVBs2YAQihLfru/PLPK5pNjQn/FaC7zTsFVR4saga5frg01rGO3iV3mrdc9IlcG
4PHCkLeyWWJMkx6O6QJBAJTLXEMRmLzY1v26RPKzt+vVXVDYKGORhEhmaA+gDxTq
5NTdSAmGWkUi2zXrrk98DHq+uVAiVfrU8oCBha3xvzI=
-----END RSA TESTING KEY-----`, strings.ToUpper("private key"))
	notFollowed = twice(`-----BEGIN RSA TESTING KEY-----
MIICXAIBAAKBgQCjmUBdS0OdSaN3927Sp86eg2nWeBVwFha9L32xcoudTzZikBWE
vnQND1QD4eJJYA7Zg15+lHboAOenNFhS/aAICvdeqpUUOYzZ97/S/he3hFN3xYhK
CRvGlKHAH3JWrESprLAL4TSUm5n3uH9EtCgqQm58WixvFrSbwdzO1skndwIDAQAB
AoGAXf1p8S+QhQkNlZreXMB0ALXXVJRhHKhUIBTszcnVVGdyA2ZsNnuFCQvJZQGd
lDJP1b+XxnldZyU98d4s8GEuUwVyogcn1RwVCC7Yu9EgTX0C45or88b/j34cMc7S
EPSBhxJ3Q+bB6pQeXwNexT0N2Ay8pjgD5KDIyoNo98bTKeECQQDNbi4U7XIySYdn
XcvI24+sk1F05NFx61ZuHXllfGOpmHgAo/K+dqApZaZ9zRCD6h2VhlzjcLy2dlw8
7NjwdudtAkEAy97qn4qqu1faoOmAroe+cprAGoVMBdQrvXWCWQGeOL/cI6sgdwng
0tqhHtyuOFNyEsehWXSZ1xT3/cZNF8WH8wJAbSiGxAgIDkCT+pEUn/5LMeB2AC82
O9pZatmukAawzoV9/pkfe6V9JYImHeLBS9czMSjcYt6c6Dese5M/E0ebYQJAQVqv
mf9o5e+u7WCNWOW5HqIPLTFIAqJWd0DBTWkgYI7YsjJ8kMyA3vcpKWyTCQlvCygl
yDiBzJozOY4lTpaLEwJBALfsotTc0XW5RBXXKjsYmiCO384RT7qVx8/F8M+OnV6p
+p8kb5F2wealBIWPYuc/UayJNnhHMSXIMk2N6GwtcoE=
-----END RSA TESTING KEY-----`)
)

// Matching labels no decoder checks around a PKCS#8 Ed25519 body
// (crypto/x509's ed25519CRLKey): pem.Decode and x509.ParsePKCS8PrivateKey
// load it, so it is an embedded key, not a malformed one.
// want +1 `^DS201: Ed25519 private key \(PEM\) in source \(`
var testKey = testingKey(`-----BEGIN TEST KEY-----
MC4CAQAwBQYDK2VwBCIEIPPt4RVMDLgANagoIsubnjDW5iUXOLCDC1XnOb1oCqId
-----END TEST KEY-----`)

// The same label around a body that is not a key stays malformed.
// want +1 `^DS202: malformed private key \(PEM\): label "TEST KEY" is not a private-key PEM label`
const testKeyDamaged = `-----BEGIN TEST KEY-----
MC8CAQAwBQYDK2VwBCIEIPPt4RVMDLgANagoIsubnjDW5iUXOLCDC1XnOb1oCqId
-----END TEST KEY-----`

// Mismatched unknown labels stay malformed.
// want +1 `^DS202: malformed Ed25519 private key \(PEM\): label "TEST KEY" is not a private-key PEM label`
const testKeyMismatch = `-----BEGIN TEST KEY-----
MC4CAQAwBQYDK2VwBCIEIPPt4RVMDLgANagoIsubnjDW5iUXOLCDC1XnOb1oCqId
-----END OTHER KEY-----`

func load() {
	b, _ := pem.Decode([]byte(testKey))
	_, _ = x509.ParsePKCS8PrivateKey(b.Bytes)
	_, _, _, _, _, _ = repairedPKCS1, disguised, repairedMixed, mixed, direct, counted
	_, _ = unknown, notFollowed
}
