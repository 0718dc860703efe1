package match

import (
	"go/build"
	"path/filepath"
	"testing"
)

func TestInGoroot(t *testing.T) {
	if InGoroot("/work/app/main.go") {
		t.Error("an application file is not in GOROOT")
	}
	if !InGoroot(filepath.Join(build.Default.GOROOT, "src", "net", "http", "client.go")) {
		t.Error("net/http is in GOROOT")
	}
	if !InGoroot(filepath.Join("$GOROOT", "src", "time", "time.go")) {
		t.Error("a standard library file named in export data is in GOROOT")
	}
}
