// Throwaway key generated with openssl for these fixtures only: test data, never used anywhere.

package embedded

import (
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// A key written as lines joined at run time is still a constant key.
func signerJoin() {
	// want +1 `^DS201: RSA 2048-bit private key \(PEM\) in source for jwt\.ParseRSAPrivateKeyFromPEM \(`
	jwt.ParseRSAPrivateKeyFromPEM([]byte(strings.Join([]string{
		"-----BEGIN RSA PRIVATE KEY-----",
		"MIIEowIBAAKCAQEAqvRdDmLyOiv49Ob/ociJ3ZVx0//7n0oi7End0iD5UnAZ97Dr",
		"JnG8lrhMO1MfiPxbZ2vhRMpwbF3SEW9LPNEYHi2HSDWztdVX/xgfAWylCov5wT5q",
		"Vjav932SngZGX48Oy+Py61VFKlPQrnYUirg8y/Ivs5rd6Bn6uKLwewfDq5seDdNH",
		"ndkv1qU8YKyD7ZWN7TZIDPUmtDiaj3Be2z13lA+d3R8W1F9tYjI49B/wLNSeqYb7",
		"IjGAMyNfqDP1NQDO8RK6loSg8Ibb9BpKU5zJLm1P0kbpRnV4tIqNVnu8D9XzqsUN",
		"iOuo8fbEGnOdSptQrc86KmEafjo7ZNHcJvyZpQIDAQABAoIBAAsoNeyK8PPH9pBb",
		"2mzUxDP7HWSFzTEOVcIlvf2JRmGmzE2536xGJFXn2Eh6OnwmZXwV8oFFVFoA3jAM",
		"xenFsbUX0+pBYFBVM1Au4v3Po+PQ0oTV+HsA8wdhdtCrvdWzEKGmPQPhMEmSEnQD",
		"DoB72V1Bb0iMVRWL9deCrCmIuQX5gclJFyRLWPmibtPGvR80lUGsWNCpRwR2+l4p",
		"ykVBU0+iVevkXCV4uoBjMcCJ6U0SJMn/0rIBsMG2ak96tDGnFBDdG5UlLiHfTRQb",
		"GeH81F6uEyAepKWFjRweAgdmznHDqT24RZ7iZI3X+0A9TNaSmQ8REkAz7/3xRuyG",
		"8oEL6c8CgYEA4liAW7K0JviiMqUZI8fw9vT/bZ9HMmn0i3k+cOAPFLDpiraky7EP",
		"owPKAeOiftHQ0HwTFu4AZrS18NGW4HYouPERZCvWyqmHxnwkqRfy7c8bS866NwTc",
		"TvQa4WHaHGOWKpxrOw76z96/Q9/QDAeFjfdbbbtE9aJP73z9ikOJOtMCgYEAwVoT",
		"bBR+WUKt/Vc1btB107wTeJQoxXNqNIGSQawo74soDnz1P6V1erfD83Jjp+cA8NqH",
		"sOZ9Z+/HOHp6vsF2GA71QCLo71et6qO7Imt5HYyFwAJyObkVFxj2F5YN0RO33Avl",
		"aIH679MsGm+x/0yEAFxyLvmeJwA/6fA8hYWTnqcCgYEA3n6svnbuDBkAJ9SO39Nd",
		"FQVESNf3PqFU1/142bAGYwp8p/ReDjSg8Fd7LVw8kXliUG6GvVV7Y3pkFrOQIllE",
		"MngV5mgJnfIEG6JQzz9Rd17MsDooZokKnznpan+rzZg/NufHqKhS+B832Fqbwhdq",
		"u2DZqQYbBXJmLT6qZE17Ci0CgYBCzY9WUUJSLrKUjDP+5HFBRYLory/jAHxaRcY1",
		"gHjoQokFcHD/m3gafTFrhEMgOLTfgnFNUmVTqsmHHvIXxBm8ODbOAQG/5+hD4GwA",
		"eWdwKSPw8idrACJkR5CHF6YQbaKhmU6arAX6JFjhjWPPVC1rPoWI61+UFAcBGaqf",
		"a0ZUkwKBgBxNfnAmSPoz7+tb2FydHlCSKtpswwIlM+yjakvOL/t/uKyYrrcdwGmq",
		"HSpGC9HboHv3NgXCOTvFP21lN6od/BaWz1ExyJ3NN9QNjt4QsYGnQKM4b2da0iDc",
		"/HEmzh+3ble7gByhhSuondj6Lcl69k/+ilguRghoe3JuHLRTEoJc",
		"-----END RSA PRIVATE KEY-----",
	}, "\n")))
}

// Not reported: joined lines that hold only a header.
var header = strings.Join([]string{"-----BEGIN", "RSA PRIVATE KEY-----"}, " ")
