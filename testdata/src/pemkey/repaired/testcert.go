// Throwaway key generated with openssl for this fixture only: test data, never used anywhere.

package repaired

import "strings"

// testingKey is crypto/rsa's helper: "TESTING KEY" becomes "PRIVATE KEY".
func testingKey(s string) string { return strings.ReplaceAll(s, "TESTING KEY", "PRIVATE KEY") }

// LocalhostKey has net/http/internal/testcert's shape: a test key that must
// live in a non-test file, its labels disguised by the Go convention and
// repaired at run time. Outside _test.go files that is not reported; the
// same key in repaired_test.go is (DS201).
var LocalhostKey = testingKey(`-----BEGIN RSA TESTING KEY-----
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
