// Throwaway keys generated with openssl for these fixtures only: test data, never used anywhere.

// Package embedded holds private keys written in Go source in every form
// DS201 knows, each next to a look-alike that is not reported.
package embedded

import (
	"github.com/golang-jwt/jwt/v5"
	"github.com/jfcote87/esign"
	oauthjwt "golang.org/x/oauth2/jwt"
)

// Form A: PKCS#1 PEM in a raw-string constant, parsed with golang-jwt.
// want +1 `^DS201: RSA 2048-bit private key \(PEM\) embedded in source, passed to jwt\.ParseRSAPrivateKeyFromPEM: it ships in every clone`
const rsaKey = `-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAwAukoVgQYoAv6dbCVQ7qd0A1eocn6txAAQ04Sh5jzFelmSZM
pUVB6s+c2nfkohBoEHQcXQF5BrCAAdzVIcx0zCorfU99qUvHYWteol1TeVdx+M78
cYxpAgn5XC3IsRDnqQ/3UWVW4XkadrMXD30f1Vx+hrR0wsERvDZmYDHiFi8vGfk/
U5jL+lri2/b3ZcsibTwcMSOsaRXiq8yBULZGcrU6KfH6UF9fSCQ0KFpTBZU1rJFJ
Ofb9El33JT44YPT8ylww237qxiuhQ0w9t1McQOxfUQMWG07nYxK4O2ovm2vzfliu
7/oWWXjN+oZ/iZSW44JpK+KzrfFJylBK+okjJwIDAQABAoIBAAJPAYXOV7VqF2lc
Y2NUtb0vlepTqUdZqiFOcItKOJE9H9NVUl2NlWsbtNCBhCDt8+T4EwaL3ScXRGqr
+29Cachch2pPDtJ+rou9bS/5fDvnW7TjKXC6AIx9jzRW+TnRBgqSaRA0Q3+cDj/i
tkJsPXo5+EFpS5qzFHdVQL949LVR4CswcSogNpHtFYBN1hNASURktQsKgRKC7M3K
PJ1CyzR6nnLkbFJqtKHoY/RB6wWiUR0DYg5Dt3wQjUqqU+3dpafcIYt0KNbDxc4i
YUka+3B7MnvVXcVZowh7tg/BpftIA++9163mrYI1ishEwWcGmoycN8Ad5dOOSYX2
KOmjzHECgYEA/9XZ7KvvIWqer7kzsomzTr2tM9dQ7JVATjXxlQebn7/fxv/A3qz9
DY9cQj7DmWgWAg2zZIPrApLb7hTVImtndisHCFDk6NgD7dP+MgWA7I0U+qoH2E68
Hhr89tTllf+pGOl3XunU2atpWxj4zoIyauZWnkUS+hqrHQRE9gkAHpECgYEAwCtI
UCRDdmrN4OhhVphHiIL+0QlwXQpDTsx+PMN5fbivkD5TX7YdCVTMwXKzm7Qh+KUK
toV83nYuWvy2cgRr1U9pf4tLHTIj1UJLXSbEanmGK0pCXqf+RYhl8ogG7sQb7OlU
GNAkq68uYAqzVEZdtOHlwjxwiRDTxQlNSB6GcjcCgYEAlFP7tqF00q4LdRxuocv+
ft+wBQeIbrKWBwJ1n486pmNLrgfoXfJ0ASGmPu4+37meUPB6mwN1BRf6lU3UyND2
umd1+1dTcMCVfpVTotLYDc46ZJ6iT8JOhTHmioGi3tXMx5nM0OXHt7APNHcFAk4w
RxRnEfpAZ2uA3CD2jqNnQ1ECgYAHx3jE7cLhX094RE/0bnOu3gastaIb0heJcBPI
J+2aHkjVIQDFBh1EzG8BgcAtlGwvoZa+bsbwRn535nUIRo+K8g0GQcBHrUjwEB/2
5GPdH5BD3lyzcj+D1xKxb7pAHiY3P/bMjlh9rrjE4IoD5llSwjZH16SCl/DKsCa1
va6ZnwKBgGao3aV8eJH79Y4Y7DkbjBqjF7qMbw2+yHAOAB7QmANrUZG+K2bJmrpK
4E2O9KLtFAIQQNmO2SmW8RgrP501dA9O3lUrTgXu0nhTNZGL0/TShHG5PXubIYGB
Gd89bmtoGd4M4G6dLcxegiW2BsugPZE17Ht463ZKvM9qHTWsWOa7
-----END RSA PRIVATE KEY-----
`

func signerA() { jwt.ParseRSAPrivateKeyFromPEM([]byte(rsaKey)) }

// Form B: PKCS#8 in an interpreted string with \n escapes, one line.
var pkcs8Key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCrURNW3zLGx4wL\naaOKATWMPm8Py9PXExyCHlOLbLDuV7FdlNn6AblWvQSU0uGf+tymmVZBCuSOAHM0\nD7DPS3irnqeJrktzH9ZPdz0YEpXInlO8rRaRf2PdI9YaR7ThfmgJErSQjloOCs3L\nl+EUclfZmcdd3ApFfufSrtp24i64O1wzsZ6XvbU0PoSVU53WCipO7h4igrit1CWR\nG1bLqXDp2PhuWuJVw4bPxDpggEqYGvNYJFZfQQtvh+cvhxYLtHVRK0fwK02gqI/l\njFSwbJOF4OUr1XfT9VlnXDcrD+Lcx+TxvEfQeEbgGgqvSB0uqEPaa2oYnuaaHaET\nDR+KyZjnAgMBAAECggEAE4+z3hupOsJROYJhQ+JEdimGLpm5rBleDCDLWE8GWt3/\nfhh/f95PhoRvBVFDpavpeEpnlhCuLTqxl38NKMuiJofR8yodf7KMcCbE0+lXWgDI\nvfFOSORwsjD5LadaE39cALaL5eT4im7ttbK3Zslxl4KeyEGrmJOCLpp8OSPgGCAF\nYYZTxQsz9pPE9djZvdcPi42/sWUY7Kda0puy5PooSE5502tG9NbG/TmSzTKOakAV\ntdaJRLl5Su0kwl4nRJJ+8AjrIz4DoJfkJ65B/0gq0ibyJLpg9ZDRoYrVGWX1vkhq\nvGmAZiz8JzwRu4kKxkIOpVwF8ezabU0sLA7UODhnwQKBgQDx9akOoxRSnDS11hMZ\n+fVEfteXzCMqKYe1rXXl5fmzL7sgT2OGWlkZPgp4X3VY/dNTMe+2dBkFc9oGMdKh\nPbHyHrJgi1DTNW+u6ZeeObZh1nE4ZMODn0LqudXSL7zyJhPygxPaMC7Bw2Rm6XUB\nmcppDWRQDuUkKgyTI2hicHoJQQKBgQC1QgGP3m/69j1Dl+wsNmodAz05ncVwy/WP\nsFYHH/qPqJv47ptSPVkFXATweZZCtzui44EnnwZcKuK6Jpg9XAkWENq3UsBHGCL2\n55wNGAG7cbe+2gn0KYGoucph2WzpjjLHxbtNM0TrOj+Afir4tgzs5qDTay4XIv/N\nUooKIvYwJwKBgQC2OFhVWaPYgyN/PfWsvn5kU1JyU564BgbaYARGW2gt9mhq8N73\nM9ueEwc3mEx79MzN/vGU6uJdJN6xg5wpKpl0yoF0C/eW2Mt/YxR4aOZd0G38FobX\n/X0b4VCStrkJdHvZS7YLv/W2nzxh9LfVuMijTR6a3FzdW32U4jmeyS5fAQKBgALe\n7sNmlIN3DvVZHKZ+niOjf37AHvZwZI1ID7TBLujDlOTWcqNU0WoiUPm2E0kvOcSU\nseD8xc8D5t9n6RVftc0hqzUoHF+D5FngxTn33V8op+5f6bRyS9luR+RQ20a/t9Iu\nMY9Bdp/7JjJUzT1vNLkz1exDUFGRfle0LPeIIjoVAoGAPlwGVrNFwcwSmeon8qqc\nY/sPZBvrWheK5Xdrhi0CZQ7wbrQEtGuNDPlxFVmpOJkO2tRZ9Hwt5rXYh7wdMqrD\nVRy49TnwAcGuA5falCcsRU4tj4te9z/O567melIMAcECr/J4ILD/S6fA8ipf88TD\nKrJrM7W0CwvCqNqhclxhEhc=\n-----END PRIVATE KEY-----\n" // want `^DS201: RSA 2048-bit private key \(PEM\) embedded in source: it ships in every clone`

// Form B2: a one-line PEM with literal \n escapes, as copied from JSON or .env.
var jsonKey = `-----BEGIN PRIVATE KEY-----\nMIIG/gIBADANBgkqhkiG9w0BAQEFAASCBugwggbkAgEAAoIBgQC5Od1AbM4X0X1/\nQ/Pd2Ohofsp4OtzCL+NO6Pa9z4ZujBa8x+XK78ox6D2hIGYr4d3J8pP2DGHSfIyu\na5ZDZPAv7OzhNAMHHpSeJmg677ZeYfGdHuTClWmpkcGN6VcO619MOuI1uuTKpaNb\noVe0VcGc5HM1i5vYk/dnOVW8UVYahD3w8hKvv/DXf6ywivMPmGE3kHgCXBcJOwm9\nJmppFyuopF5DLvutNtCgqY3Qb070WrkSEiEbUZw7TOgTzbw2Ja0r3r5bijccvuHf\nYlnZQZrq+QrnPlWVUGbfGhcHYGdlqjkjXE7jr6XXR6M3y9eT9KfRQl59pLHpTPkI\n4Hw5a8TLpYvW4NGe4udYSdisonqTibxSX/GZ2VG2wbSSxNNhvpi2U8J1H8//fnra\nK8N7D08ccOhqzi+FNEizOvZvKnsfzqnhvnKkSmbBk97/vO1jv71v+uB+rBCFmDtU\nlpf1uDzhxmS+1jpe4lyy8BwcgtXZDQiuaTHJqlgPhA5MciKFLt0CAwEAAQKCAYAP\nDSYu/YhzxAi0JkPzU5RzJVZzlajpuLV6bJDcVLhCVGzmk0HXj0u5aXtUlArpZvW8\nWtNuK4xpa8iMxd5UhKfF5TVMiYrzcac3ALz4iREjM0dMcr25GCYZaug1DXCPHE5G\npgRKxHCiDPqsz/wOAef1RVUdVUZpP4DbqPuQDXX3OqbD5Q/iqzC5ej0ArZHZwxKn\nTryJyIzwqZT9g1kjSAg6sHyebftylGE4pP6KoPjj/1lJoCKDk0qkQPgc39t69O2t\nmPu0MohyoBW0JfSKxm6tjeXIIUlXKMagVSb/fOariGv7muQs3cqWEcXov3T6aNRn\nZXYIOnmeBbDc4De0SNmvFEgmv3cun33pnZt48/HlsmKZt8nY06jtA/XOzQ8XzgNR\n25pj923vXsdGwYeIIsIu/Vi+AQGvKh8KfO9b1JK5pK40TEbjJAaAsrVFEbM6RM0O\n/7TdYJiIf5NmDMTWoWLh5jdp1hpT6NdnDQbDkmRPjujh6eOq0rCPkrhWk7kHl4sC\ngcEA4YwRqlh5dfO2hVJfauld6cyfxE5aXyjXMN7iRUEoJ0po1iky2OknNeXxX4MM\nzvw69kb+1isjYQlZewQTn10W6ySjVDbidovPRXTgRP8+oZYlBGUulDhkR2ctss8P\nf4FBE6qfSU2I1xwmUrhopX2XfQ29MWiYkODg567FgoOL4m5gpReMpbQQgQlNMVFA\nB4BrwaSEIyv4tNf3fd7jmuAFY8EMjDYbHRvWfyojyGOHNcDp/kguAoKlkwSTRWTl\nzL5TAoHBANI8HW7emIJnEg4zCV6y7P3ghdzGbPkluIkPLnp0IdPekzoAYa8bOKua\nd5UQZPZZINIkt8ItfhF3hWBh326ln1bIbRyasv4yrcjHN8h0r1sXp1rwnaQ8vHd1\ngMHfzU/oWPaq878FsbdDgofwziXPItsvjczXaWxeETb2aRUI4C7pUZQFa5xVy5Tr\nSgYKLP1CKd03rJt1z2qk0laHfryoUFS/XNuqO6qDYO285MJXOAwOfwetL0uxTg3f\nvwh9q1DYDwKBwQCaeswypyxxvD3b7MJLwJDBLJSU6LF/EcLpxw6lLm5pEs7hOBCK\nfo6LnPWIXILuVdWwjonGeH9f2/58ghtKgIDNBygS6xCK71FEmjttJoFoPSUXcJHJ\nlSIhwaqMGMPdqdK/vJIiq8c4xh/9ci7CglW6oild6Ozt9gg0xwCiVqT9rmnlSU7c\nw4q2Rn+ncqXvPWcQlzSlvl02x+DMRlgP4LXwT+3fLsO9WS69pEgj3P9jssDRl/Bj\nacYr/us7kVLPu98CgcEAxmkbshX8Qx25SZNbJXeh+NwcGcde8yhpZ1jfmYvenREz\nS4supc8ABdxLPXByiJiHRCyJDIZYs21kgBj+gHNo1MNlTpilkwgLQTDa8aFGGadS\nN55ceLMlf2xy7wYjw2VaCLpAPijGl1nsaBWYyNAbalcP8aHfCfohLwkRFVwCD+P9\nLMCM1ceW0d3ZR6f027PExNWVXkaqUVBqfmVz8+K5pbHQljOsCfnh0ZzzHIKqD57i\nvkDxIPOd4bQnm4DW3P57AoHASL/jpq/WndSFqC0XeZZx/ymd7zfQlmkNDfgPmE9E\nacOrMSuHlZTAaPPvHSvefXHDfjpI/Udvo8mRCylOd5wCh/kvL3ZtporsuFmAu748\nZRBVM386+nZKpyhGQ4QkgVLFHR4hBoqJ7ZxLtN1DGi0BlC1g65Q4e6uh8i9DKgXf\nSzkpEHWcnYf5f+Lx4HgxsKVTXQf2pVRRPkKi1b2xf+xmPZd9c1TAu2eY7DAttVFj\nLLRkGLvj88CPW/lpvBFj0TjM\n-----END PRIVATE KEY-----\n` // want `^DS201: RSA 3072-bit private key \(one-line PEM with \\n escapes\) embedded in source: `

// Form C: a PEM literal as a call argument.
func signerC() {
	// want +1 `^DS201: RSA 2048-bit private key \(PEM\) embedded in source, passed to jwt\.ParseRSAPrivateKeyFromPEM: `
	jwt.ParseRSAPrivateKeyFromPEM([]byte(`-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAqvRdDmLyOiv49Ob/ociJ3ZVx0//7n0oi7End0iD5UnAZ97Dr
JnG8lrhMO1MfiPxbZ2vhRMpwbF3SEW9LPNEYHi2HSDWztdVX/xgfAWylCov5wT5q
Vjav932SngZGX48Oy+Py61VFKlPQrnYUirg8y/Ivs5rd6Bn6uKLwewfDq5seDdNH
ndkv1qU8YKyD7ZWN7TZIDPUmtDiaj3Be2z13lA+d3R8W1F9tYjI49B/wLNSeqYb7
IjGAMyNfqDP1NQDO8RK6loSg8Ibb9BpKU5zJLm1P0kbpRnV4tIqNVnu8D9XzqsUN
iOuo8fbEGnOdSptQrc86KmEafjo7ZNHcJvyZpQIDAQABAoIBAAsoNeyK8PPH9pBb
2mzUxDP7HWSFzTEOVcIlvf2JRmGmzE2536xGJFXn2Eh6OnwmZXwV8oFFVFoA3jAM
xenFsbUX0+pBYFBVM1Au4v3Po+PQ0oTV+HsA8wdhdtCrvdWzEKGmPQPhMEmSEnQD
DoB72V1Bb0iMVRWL9deCrCmIuQX5gclJFyRLWPmibtPGvR80lUGsWNCpRwR2+l4p
ykVBU0+iVevkXCV4uoBjMcCJ6U0SJMn/0rIBsMG2ak96tDGnFBDdG5UlLiHfTRQb
GeH81F6uEyAepKWFjRweAgdmznHDqT24RZ7iZI3X+0A9TNaSmQ8REkAz7/3xRuyG
8oEL6c8CgYEA4liAW7K0JviiMqUZI8fw9vT/bZ9HMmn0i3k+cOAPFLDpiraky7EP
owPKAeOiftHQ0HwTFu4AZrS18NGW4HYouPERZCvWyqmHxnwkqRfy7c8bS866NwTc
TvQa4WHaHGOWKpxrOw76z96/Q9/QDAeFjfdbbbtE9aJP73z9ikOJOtMCgYEAwVoT
bBR+WUKt/Vc1btB107wTeJQoxXNqNIGSQawo74soDnz1P6V1erfD83Jjp+cA8NqH
sOZ9Z+/HOHp6vsF2GA71QCLo71et6qO7Imt5HYyFwAJyObkVFxj2F5YN0RO33Avl
aIH679MsGm+x/0yEAFxyLvmeJwA/6fA8hYWTnqcCgYEA3n6svnbuDBkAJ9SO39Nd
FQVESNf3PqFU1/142bAGYwp8p/ReDjSg8Fd7LVw8kXliUG6GvVV7Y3pkFrOQIllE
MngV5mgJnfIEG6JQzz9Rd17MsDooZokKnznpan+rzZg/NufHqKhS+B832Fqbwhdq
u2DZqQYbBXJmLT6qZE17Ci0CgYBCzY9WUUJSLrKUjDP+5HFBRYLory/jAHxaRcY1
gHjoQokFcHD/m3gafTFrhEMgOLTfgnFNUmVTqsmHHvIXxBm8ODbOAQG/5+hD4GwA
eWdwKSPw8idrACJkR5CHF6YQbaKhmU6arAX6JFjhjWPPVC1rPoWI61+UFAcBGaqf
a0ZUkwKBgBxNfnAmSPoz7+tb2FydHlCSKtpswwIlM+yjakvOL/t/uKyYrrcdwGmq
HSpGC9HboHv3NgXCOTvFP21lN6od/BaWz1ExyJ3NN9QNjt4QsYGnQKM4b2da0iDc
/HEmzh+3ble7gByhhSuondj6Lcl69k/+ilguRghoe3JuHLRTEoJc
-----END RSA PRIVATE KEY-----
`))
}

// Form D: the whole PEM base64-encoded.
var encodedKey = "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb1FJQkFBS0NBUUVBeC96T1BJMTlNMHZ5ZTFqL0R3dUxFc2lnMlNwSnRlRGI1Z1JwdjQwd3cxU0lNeEdMCjRTZjFIQmJET3g5WEVIU2FMdTFmcERuQTlLQVNRSDlxY2tiT0ZRYkNOMjRNZnA1NHJ3MTdsZXB0ZUdzVkZjNDMKeTkrMnJQMDVOd1VpdURwYXBPZk9xTTlzODJsMjdkTzRPbml2NTlFSk1VU042Vjk3NElnbHJRUW5lQTlLTlNVNAplMUxoYnNvNWxHeDIxdUJFMDRmVnc3SnYrTjlaa2lENlNpZnk5bG5KeTlQcmVKejNkTnRNWEMyMVBVb3pqNms2CjZrRE5hMG4vL1JqMmJFMzVCL1k0anBCUnkzNDd5aXp0NU9qNnJoVnlCbHN1d09WUTl0emZabnhKWGtvUGN1c3oKWDhrTFY5MFBNV2RVTEd6cE9ScU5iaXZKK01zczJvTlduQXJWMHdJREFRQUJBb0gvR1ArQXlCRG5sWUhvellKUwpYNDhSMDBkQTArUjFVa2JKTmZkWFFKcGxmZ1VUQVU4d0xQVFJyckVwdGpvMHA5bnJhL0pBQWtjMTExNHE2ZVVECmFVVndmVEJiRnBLcS9TalI3US9DWXZycXRDS3VnQXRHN2pVSW9KY0dqOW9VZlBMT1ljNllCb0huSElZU1Y2Z2YKWHkrMnpVTlQ0dFN1NkgwRy93b0ZxNXJaVkNoY2dYVjc5SEl0RG5BTUtrMXhxVmk4ZHpTTTVMdzA0Q2JDOW91cwpGWkExTVZjeUpZMHBvRTdsWUNab2VGeXhkNCtsR2JqT3JjNFlqT0N3U1o1K2dtMlJmaWV4SGpBRlVCWS9WOGlHCkplNTVTZ2NTV216L0hPWk5BZ3crM1V2QXg5dWozREZNd09pYS9PVzY3bG1yRmNMZ3hhN3N4V0N2ZEo3eGk0U00KQTJJQkFvR0JBT3VPL0Z3V2YwSmhKQjRrM1hnOHZ0SW1ZSDFCRVJPVExoWVhRV01vMDRyMlZJTm04WUIzY016WgpLN1VtKzJQbFVIYWYzTHdDV1ZZQU82NWc5dk5vMHpEWHdXSjlvME53bERpcHBONzF1RndVeE9oWnFYaXBKZVh0CnZ1Y1Y1bFNRZ3U5aHd2S0s1U2RNS0NvSDdScERjOVgyM202NHJ1aTlZcFRUU2lNc2pLbXBBb0dCQU5sWG1QRVYKWXBNSXZVYWN3aDdqemtRdG56ZTRXSStDMUNxUWFvSVhjaEh6b2lwKzUvR1ZaLzBqVVZJL0NRSzE4TmVrM1R1egpBVVNUUkdoSnE4SDhHaWpTYTF2aDQvSmFEWWV3U1I5N2k2VFZUYWFndHVuSWxCdkdVL0VFUVFRdzQ4SlNmdmxECk9RVGZyeWFJMVc1dGlWNzl2b3NURVRxUTlXYXppSGN3RGdrYkFvR0FhU1RBeGtZUWRjdXdlSGdTRnlwZUxxV00KcWp3UjZEL284VmxlQ1duZXl3ZGEvL0JDV2dwMllpbUoxZWxaaXVSL3Z3TnFYczFablFhcm5SR1JDV00vNld4VQoyS2FsNm1OazljbmJXdDRwZFlpYnYrN05zNXNrM0hYN29XQm9HRlVNN05jaFVtdm5EMXh5RFJqT244dDkrQUtpCmxKK0JDMGdGcWRLS0pCc3Rpa2tDZ1lCdnAzVEd4WG15bDViRkk5c0dDM24zeElnN0U5VkxSS2JDaHhad1pxTVAKWGQ0OWZweWhtMk9rdy9RUEVKc01iWE9oRk8waXNqOUFmM2R4TEFlMHpGS1VEaVZoT3BiajlpZGxRY2NQQ1dVZgo5UVREU1dVdWpRQ3BsQ1dqZDgvKzJ5N21zWUxSZ3h0VHlhWXRZYlpqMkpudDF1V0FoUGNnNHo5dTEyU1A5bnYvCmFRS0JnUUNudlZEc1FKSTZheUVxRTNQSlFUTlRBWmtuOCtyM3U1QjFGQXJlSFhjTWpnU1VXbjVrOHZkUzRiWVYKZXNBeThmbS9ib0tMUnRiTGdrc0d0b3hTSGFUd0didlBjRGpwRU96eHdiUEo4RUZZYXJmTG15UjJCbDdKNFJzeApFNFhQNjJ3NVdBN1BwWXFYM0tRbUFOT0RzWGdKRE82VG8vZVY0aGZXM0h0c0N4aG1zdz09Ci0tLS0tRU5EIFJTQSBQUklWQVRFIEtFWS0tLS0tCg==" // want `^DS201: RSA 2048-bit private key \(base64-encoded PEM\) embedded in source: `

// Form E: a struct field built from "...\n" + lines.
var jwtConfig = &esign.JWTConfig{
	IntegratorKey: "7c2b8d31-0f4e-4a7b-9d5c-2e1f6a8b3c90",
	KeyPairID:     "1f0e9d8c-7b6a-4594-8372-6150f4e3d2c1",
	// want +1 `^DS201: RSA 2048-bit private key \(PEM\) embedded in source, passed to esign\.JWTConfig\.PrivateKey: `
	PrivateKey: "-----BEGIN RSA PRIVATE KEY-----\n" +
		"MIIEogIBAAKCAQEA6RNCMqnaiyP0m28XJB0a21E6O8SC0VY+z2UOBanMfB1Ukdao\n" +
		"QDLG6Q+t896KAVkXDk1b46igX2NV6uyM5DFbKyznwVMvkAkyZUadBPIDk0DzClg6\n" +
		"r/BCVXAryDVch5Ja02UYtD3htxLcWpa1hU6zzjrrqF82WgRMCjthSSuRpUg4DTF1\n" +
		"DiDF+P41I9QxazKe3xDD71mQ+mp+VTupybgkSdRnOATpaRZrzmjbIQcmBEW0Ot7C\n" +
		"H+8Pitfw6/UIDa0CxWUuBbR/OVqgwUpGIQQopsQoqO0iMyN+wd6ByifL7aEoXRYX\n" +
		"XjbpwssUXWLud8lVbZ1cec0EM6jIeZPwh1ADSQIDAQABAoIBABzy82nvhuF5Wcxk\n" +
		"g+9MXiWXdTAvPEBcAfkoiBFUAb34tqRWkRdIN0SDWgvMPD/mnOJ94UfpjeHLKMTB\n" +
		"FM7TAoveS/rLJkExozzJBH+0v5TuoEFMrB1mLhcGk6mOVyvPldBj4img9gQTJ6No\n" +
		"zKr+F38p+lMzYEDV/8vVjEPWUYTBsuWbEovsjtXXk4hWY0LkpeM3Va+/FVvgTQp7\n" +
		"nEelecHx3uIpf6j08g+4lHerEIZ0tWTuiSudLkNMDt3Vtv15tBQ6/3efxbuCbSTi\n" +
		"F8oetIbUuRFCR4bu7IKc3hXfPUAj7JSPedaMjz2+5urELhIcSQhs8QcuSaa2CpCF\n" +
		"MnIUPfECgYEA9wpJk39YXhsuRiUkspv4ChS2bH2T4jLeueB7MJi/xQ83IhvefMle\n" +
		"iaytVIgrnYYpUpLNj05MFGENbPV6/GCZ//H48K4ZTzDxRB1L+YvkOo/Cndwpv/Q0\n" +
		"kzpzOiy3Atk5ahpweNpH0aoXN8ipwa26AwMb3VM6neRh5vw5KrxFpV8CgYEA8YdP\n" +
		"SF3gGElLTHdEE3aLMYooPtEab6lNV6231QwujAgOFc8GCWrdJouSYjvIBz/tdpz/\n" +
		"xa8YCl6t5COewLnCEt4E172G5DLtLZ0ZMum1a9cPooNxdtax7N1LzuNXx3a+JOWN\n" +
		"5MXnHM3pLeuNfx2EFwRLm/RmWBAivIzV1gs9MFcCgYAvxzKRr0hk8vbRJC/jx1yC\n" +
		"fp0FgIgQcGw5INxSeshkEVxFYYR3N+7ry5S+S5O75I2rZa8R7z+xlU+mahe+JeTC\n" +
		"5oaR7eoBMeMHnG7sNY0PcmxeYY1FjbJ5Yw2UC7/dciuzhKeKCBVpzG6vIEUMq0/V\n" +
		"c015UbZ9gQUaSl+4Dy+dGwKBgEqx+gb7YU6hfDQNvnP2eV28yG2E5ZQa29x90RiG\n" +
		"R+7unsyH1eobroE5MPBIZLg5QQspysAsQlcSqNyhV3tq92Y2W3ENICZ6yXcN2rkw\n" +
		"JfdP73nnBLQn+aazWbqF/KOnSW7Hv3Y87hiuZarZ6kyhqDQmE+wLTYt2kgeV1pv3\n" +
		"pdjJAoGATQQjHXkxp5Quz33CTj6BryuKFIlECnF1UePkMpfcH8vs69QetwLtpE/F\n" +
		"B3SvFS28vTiuKRbGwSZ7H1GZN7GFOeyBStgQAf/JuCNDudhmgGbELmxfTX4Okqmq\n" +
		"w6obkMAs94rt1m6CwIyCzfUn0aIusB6221laTU9872qk8yYmm8s=\n" +
		"-----END RSA PRIVATE KEY-----\n",
}

// Form G: a named constant passed to golang.org/x/oauth2/jwt.
// want +1 `^DS201: EC P-256 private key \(PEM\) embedded in source, passed to jwt\.Config\.PrivateKey \(golang\.org/x/oauth2/jwt\): `
const ecKey = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIMs6H/2IdQvNU32d1q+N9XKcsJ7QhgX7R1vbzxakmNYMoAoGCCqGSM49
AwEHoUQDQgAEv+dmjm1DSqJWEN6Qbdrjmu+iipInb6aeiJD4NzrDhDJePYamts6h
A04c741I+yL/uGbtWzMF9y/WKyFJT4fovw==
-----END EC PRIVATE KEY-----
`

var serviceAccount = &oauthjwt.Config{
	Email:      "svc@example.com",
	PrivateKey: []byte(ecKey),
	TokenURL:   "https://account-d.docusign.com/oauth/token",
}

// Form F: a placeholder with no body is not a key.
const keyTemplate = "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"

var placeholderConfig = &esign.JWTConfig{PrivateKey: keyTemplate}
