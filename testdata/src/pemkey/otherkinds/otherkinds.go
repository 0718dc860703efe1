// Package otherkinds embeds well-formed private keys of kinds crypto/x509
// does not parse (Ed448, X448, RSA-PSS, secp256k1 and brainpool EC, DSA in
// PKCS#8, a TPM "TSS2 PRIVATE KEY"): they are real keys (DS201), not
// damaged ones (DS202). Throwaway keys generated with openssl for this fixture.
package otherkinds

// want +1 `^DS201: (PKCS#8 |EC )?private key \(PEM\) in source \(`
const Key_ed448 = `-----BEGIN PRIVATE KEY-----
MEcCAQAwBQYDK2VxBDsEOdBu3iTG7k2cwR8fHk6bnwRgHQBpLQgCHLd8xZxFF1K5
3Tj3623P04UqSYg527uGFflJG/He4scFhQ==
-----END PRIVATE KEY-----`

// want +1 `^DS201: (PKCS#8 |EC )?private key \(PEM\) in source \(`
const Key_x448 = `-----BEGIN PRIVATE KEY-----
MEYCAQAwBQYDK2VvBDoEOIjdKFoyrZi8ayFoDZURsHpGZtKkTLd4yEyhddvbqlRd
aiGwIWzsXg03wygDdYlyrnkOVLbWV57z
-----END PRIVATE KEY-----`

// want +1 `^DS201: (PKCS#8 |EC )?private key \(PEM\) in source \(`
const Key_rsapss = `-----BEGIN PRIVATE KEY-----
MIIEvAIBADALBgkqhkiG9w0BAQoEggSoMIIEpAIBAAKCAQEAj6zHDbcpIR/iOGsz
ErvwY2L+Nr+zF2ZroXu8xEZiKv945+Ny4YSYCpfFY7vt7GDnbFIUOWSY7zH/v+7n
bCXVD6d0k9DCwRZR96MnpUnPkM3YqQ6kzsDd7d19idR+LcsNpzYWdEu3g/xKYCb8
Icj7dtlP5L7GXH0P8RHYcxtmfgK9jA3X9eS3FIc9+9o0vJuR0G6dZMq05Gj3HDi2
XBtw38Jd/D/8RLl0fhwnBYDAz4ba/w3+9I7H06x5lpzbPHR65V5KhAjqk/1zqdgZ
imTeBoE+f37NiyDn2ZlUiG/bVIGzS1YgHEhuGRd++8cx0bN6a+lmMMx/HGl1y7xd
NFjiGQIDAQABAoIBAADh3vLX2sF0Oj67rJy/ouZDuAM7gOuWOCcZszncOxZcQFjY
gYcLkcwf5JbHe5zpzIrqQB+B4iTYH0wdKslvSkOvspeht6h1tpMcwnq8GJUhMlZm
sztSxcaSRRBxkNMZWl24+SSpNNHNZl2s+3cQ+4NjBEqHrQVR+ZbPPCc3ecRzZsvf
Qh54xLboo2TR5T0QrvKG0e+owitfkyw+aAlkMbrehdBVjHjfihVYKnrO6wLj2Y5M
XRxxafIDvGvoacX2klrC8UEExCggdtPYynWUZikraYJ23lsV5AuNWpCXzxSW93c4
CjLQLYxRVznfwhUtjt8M3D7HDVaB5SI6qv+Zu2cCgYEAx5wZIaBAYs2goCgIk9NO
9vWRTDKA+sYgeGidjVPSgeCNf+6C8IfGbHnhOgtE18co7Ae95MzwgYsxEIcevodV
OvpXzl/0ATgkNVdRPQ0FXTE3uDyyJI1R3SMZl+RMWugtssqfVnJKUYn/pJMTlB/k
Zj+x3Lbs5sHIWSoiCMzqsd8CgYEAuENvwL4UCyr1sKdhQ4a+g8Z1IRFJwOnf7JCb
QLg6IdrfGoB/YvFlM1gX72icx8ixnONEvuHGSgoEzETICq5sizMmU4z2tC8s2MZ3
TmtSsABCRa7MkABZb7u4/g/hytOyctsv/Zkq/BkQfJ1vmCbdW/42dC+CiST3usuv
299EmwcCgYEAp4ju1vhH0iXAcWvodxpeJo1J3GhvNQvh6O31fs8h2fx9BylLIVL0
ScuqLCuVJn50bFa7HTSdkD0hezvNpCC2en/v/rkudW+HhHW7K8CoBeXvXGUlJ+St
FywEqSXmqE5DPNMwFUBr/DAVLy56ulJiQyemwxeNksiGvb/NPRGw0oUCgYBlbxIc
y0YjY7G+XlXHo2xLBDvESU0NenF/O5eLiB7QNjls0GHPqM0p94utiiwMOqmzkNRu
M8FBTsSXYiGw55XvBuhJRCcmx3Vrm81fiOsK4gmZbIFFoDubq35JtZp5WhI48fo4
I1IrVuzhfJVK79IZaxa03NaCAqyw0qHrarvMjwKBgQCSQwWvMRdmqdaIzvO9B2Qz
fNmf7Qgc8H4MLz0teyakQa6/CwxxFSfuGJetFeP1I0fGdPv4FYNX8TcZrNKLiPaa
0IYA+Z/aISIfACd15/hs70yc4Co0qEznsERzOzPjN47MMwBaN7qytBpuuQk8g3uq
+pTgWYgoBQj2jXzPAhwgyw==
-----END PRIVATE KEY-----`

// want +1 `^DS201: (PKCS#8 |EC )?private key \(PEM\) in source \(`
const Key_k1 = `-----BEGIN EC PRIVATE KEY-----
MHQCAQEEIPtdxRKPKVjSPO+4ZiayQ7xNrrw/PCb1Zy2S91S7p7wHoAcGBSuBBAAK
oUQDQgAEVaDsFeqULrhwseWsUk/wCAcenD/LbXkEfQuFafglmmBKwWrlPfYooCTr
ZUFWo65AQAZCvXxyKbMd9z3YAXo2/Q==
-----END EC PRIVATE KEY-----`

// want +1 `^DS201: (PKCS#8 |EC )?private key \(PEM\) in source \(`
const Key_k1p8 = `-----BEGIN PRIVATE KEY-----
MIGEAgEAMBAGByqGSM49AgEGBSuBBAAKBG0wawIBAQQgGmwsBbxvsqs99SkdZqTe
UwX6D3DIS9FPg53KlMaW8PWhRANCAASIC6Vij4G2VVpQajOPzZOSupUkk4hIsbp1
dnmQql+YgJzSJmXcsSA6MiS6k/jZcWBKZzhPLPXoxQhTHsXhF6uI
-----END PRIVATE KEY-----`

// want +1 `^DS201: (PKCS#8 |EC )?private key \(PEM\) in source \(`
const Key_brainpool = `-----BEGIN EC PRIVATE KEY-----
MHgCAQEEIGZhGys7LDbulfY4sdTA44X5N6pipwxun3KXR/Cj+NywoAsGCSskAwMC
CAEBB6FEA0IABDTqa9XWAArI2gCy2XqX4oNE5Ko7A/W2i/QhH2WMsRd6jmpYd8xN
veGgr8syX+R8EZzb5wdr7GKYUbV4Wj9t35o=
-----END EC PRIVATE KEY-----`

// want +1 `^DS201: (PKCS#8 |EC )?private key \(PEM\) in source \(`
const Ks_dsa_pem = `-----BEGIN PRIVATE KEY-----
MIIBWgIBADCCATMGByqGSM44BAEwggEmAoGBAKmZLP7UZGuENcHlRP9z+rl+TsP6
O4PTV8G07kXL1Y/57GEKbHRwWES1CHQwOljB+jCEyFeZ9ojyzBIAnNW8S1mEqtZ6
AY/VL3kAWewI38XG9YE9yDQ5AqzgbS3gDoUvZSDgP/zVDwQcBLKGJnhGjgMjQilQ
GQUNSQWERfc5Y+NpAh0A9ZVesW7m+DGQ8dzJA8CGm6F5J/CJqTymJWRnewKBgFqb
D4M4A0FSEVW+EO69IvGC85vtYo90cFceqZVy7l+YBZvfJcycvXxvWV/i80gBgOTc
UjZ+QyUx+VWTk8itOmRN+RIvYl+pBV46pl9WfQx4wiVqTfpkYK9AD/9L8fCaYeBM
uc76VRh/To8HjqgUWMjO0UvchR44f6FrUPOIsMBKBB4CHDE1tzzWCBj8Hl7sHCw3
uh78N3oqKVMSqFiVKXc=
-----END PRIVATE KEY-----`

// A TPM-wrapped key: the message says only the TPM can sign with it.
// want +1 `^DS201: private key \(PEM\) in source, wrapped by a TPM \(anyone reaching the device can use it\)`
const Key = `-----BEGIN TSS2 PRIVATE KEY-----
MIHwBgZngQUKAQOgAwEBAQIEQAAAAQRYAFYAIwALAAYAcgAAABAAEAADABAAIO7L
aur7h2XAyrZTA8g6QMksNNoUvkMZ4xnjVUSn3k+bACDHuNRZDInoD5Nts7WUos0k
Oe0/tF/HfhfSQTqsHo/rKgSBgAB+ACBr9xn6R2V13ErShb75o+EyMqtFsTysp24f
VNZ7IWfEBAAQebW0tKoqBmNr/ZGTt2jAEO/gdLEuZ+TkiWYf3h8Jcc0bUrj6lA9I
W6fVV4B/ZtnADx9/YGB9FBY8Bu07W7m+PorVTCbXFfOAFmSUg3eB0bgb2TRtFevZ
izcX
-----END TSS2 PRIVATE KEY-----`
