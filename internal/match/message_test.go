package match

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/ast/inspector"
)

// Each string literal's value says whether InMessage must hold for it
// ("msg...") or not ("use...").
const messageSrc = `package p

import (
	"errors"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"net/http"
	"os"
)

func f(w http.ResponseWriter, l *log.Logger, sl *slog.Logger, fs *flag.FlagSet) {
	log.Printf("msg1 %s", "msg2")
	l.Println("msg3" + ("msg4"))
	slog.Info("msg5", "k", "msg6", slog.String("k", "msg7"))
	sl.Error("msg8")
	_ = errors.New("msg9")
	_ = fmt.Errorf("msg10: %s", fmt.Sprintf("msg11 %s", "msg12"))
	http.Error(w, "msg13", 500)
	_ = flag.String("host", "msg14", "msg15")
	fs.StringVar(new(string), "use1", "msg16", "msg17")
	if false {
		panic("msg18")
	}
	_, _ = http.Get("use2")
	_ = fmt.Sprintf("use3 %s", "use4")
	fmt.Fprintf(w, "use5 %s", "use6")
	fmt.Println("use7")
	_ = os.Getenv("use8")
	_ = "use9" == "use10"
	http.Error(w, "msg19", len("use11"))
	_ = []string{"use12"}
}
`

func TestInMessage(t *testing.T) {
	info, f := typeCheck(t, messageSrc)
	n := 0
	for cur := range inspector.New([]*ast.File{f}).Root().Preorder((*ast.BasicLit)(nil)) {
		lit := cur.Node().(*ast.BasicLit)
		if lit.Kind != token.STRING || cur.Parent().Node() == nil {
			continue
		}
		v, _ := strconv.Unquote(lit.Value)
		want := strings.HasPrefix(v, "msg")
		if !want && !strings.HasPrefix(v, "use") {
			continue // import paths and flag names
		}
		n++
		if got := InMessage(info, cur); got != want {
			t.Errorf("InMessage(%q) = %v, want %v", v, got, want)
		}
	}
	if n < 30 {
		t.Errorf("checked %d literals, want every msg/use literal", n)
	}
}
