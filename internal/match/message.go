package match

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// messageFuncs are the functions whose arguments are text for a human (a
// log line, an error, a panic, a test message, a flag's usage), with the
// index of the first argument that is text. A DocuSign host named there is
// talked about, not used.
var messageFuncs = map[string]int{
	"errors.New": 0, "fmt.Errorf": 0, "net/http.Error": 1,
	"(*testing.common).Log": 0, "(*testing.common).Logf": 0, "(*testing.common).Error": 0,
	"(*testing.common).Errorf": 0, "(*testing.common).Fatal": 0, "(*testing.common).Fatalf": 0,
	"(*testing.common).Skip": 0, "(*testing.common).Skipf": 0,
}

// logFuncs are the log and log/slog functions and methods (every argument,
// message or attribute, is text).
var logFuncs = []string{
	"Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln",
	"Debug", "Info", "Warn", "Error", "DebugContext", "InfoContext", "WarnContext", "ErrorContext", "Log",
}

func init() {
	for _, f := range logFuncs {
		messageFuncs["log."+f] = 0
		messageFuncs["(*log.Logger)."+f] = 0
		messageFuncs["log/slog."+f] = 0
		messageFuncs["(*log/slog.Logger)."+f] = 0
	}
	for _, a := range []string{"String", "Any", "Group"} {
		messageFuncs["log/slog."+a] = 1
	}
}

// flagFuncs define command-line flags (the standard library's and
// github.com/spf13/pflag's, which cobra uses): their default value is
// configuration (overridden at run time) and their usage is text, so
// neither is a hardcoded choice. The value is the index of the default.
var flagFuncs = map[string]int{
	"flag.String": 1, "flag.StringVar": 2, "(*flag.FlagSet).String": 1, "(*flag.FlagSet).StringVar": 2,
}

// flagStructs are flag types written as struct literals (urfave/cli v1, v2,
// and v3, whose StringFlag is an alias of FlagBase[string, ...]), and
// flagStructFields their fields holding the default value or help text.
var (
	flagStructs      = []string{"github.com/urfave/cli.StringFlag", "github.com/urfave/cli/v2.StringFlag", "github.com/urfave/cli/v3.FlagBase"}
	flagStructFields = []string{"Value", "Usage", "DefaultText"}
)

func init() {
	// A configuration default (github.com/spf13/viper) is overridden the same way.
	const viper = "github.com/spf13/viper"
	flagFuncs[viper+".SetDefault"] = 1
	flagFuncs["(*"+viper+".Viper).SetDefault"] = 1
	const pflag = "github.com/spf13/pflag"
	for name, def := range map[string]int{"String": 1, "StringVar": 2, "StringP": 2, "StringVarP": 3} {
		flagFuncs[pflag+"."+name] = def
		flagFuncs["(*"+pflag+".FlagSet)."+name] = def
	}
}

// textFormatters build a string from their arguments; a string built so
// is a message when it ends up in one.
var textFormatters = []string{"fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln"}

// InMessage reports whether the expression at cur (a string literal,
// typically) only ends up in text for a human: an argument of a log,
// error, panic or test-message call, possibly through concatenation or
// fmt.Sprint*, or a flag's or configuration key's default value, or a
// flag's usage string.
func InMessage(info *types.Info, cur inspector.Cursor) bool {
	for {
		parent := cur.Parent()
		switch p := parent.Node().(type) {
		case *ast.ParenExpr:
		case *ast.KeyValueExpr:
			key, ok := p.Key.(*ast.Ident)
			lit, isLit := parent.Parent().Node().(*ast.CompositeLit)
			return ok && isLit && cur.ParentEdgeKind() == edge.KeyValueExpr_Value &&
				slices.Contains(flagStructFields, key.Name) && IsType(TypeOf(info, lit), flagStructs...)
		case *ast.BinaryExpr:
			if p.Op != token.ADD {
				return false
			}
		case *ast.CallExpr:
			if cur.ParentEdgeKind() != edge.CallExpr_Args {
				return false
			}
			arg := argIndex(p, cur.Node())
			if id, ok := ast.Unparen(p.Fun).(*ast.Ident); ok {
				if _, ok := info.Uses[id].(*types.Builtin); ok {
					return id.Name == "panic"
				}
			}
			name := CalleeName(info, p)
			if first, ok := messageFuncs[name]; ok {
				return arg >= first
			}
			if def, ok := flagFuncs[name]; ok {
				return arg >= def
			}
			if !IsCallTo(info, p, textFormatters...) {
				return false
			}
		default:
			return false
		}
		cur = parent
	}
}

func argIndex(call *ast.CallExpr, arg ast.Node) int {
	for i, a := range call.Args {
		if a == arg {
			return i
		}
	}
	return -1
}
