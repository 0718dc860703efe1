package evidence

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/dslint/dslint/internal/docusign"
	"github.com/dslint/dslint/internal/knowledge"
	"github.com/dslint/dslint/internal/match"
)

// ConnectMessage reports whether t (or *t) is a type a DocuSign Connect
// notification is decoded into: esign's ConnectData, a struct whose XMLName
// is the DocuSignEnvelopeInformation root, or a Connect JSON event (a struct
// with "event" and "data" keys whose data is a struct with an "envelopeId"
// key). Keys are matched the way encoding/json does: the tag name, else the
// field name, without regard to case.
func ConnectMessage(t types.Type) bool {
	if t == nil {
		return false
	}
	if match.IsType(t, knowledge.ConnectDataType) {
		return true
	}
	st := match.StructOf(t)
	if st == nil {
		return false
	}
	if f := structField(st, "XMLName"); f >= 0 {
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(f)).Get("xml"), ",")
		if i := strings.LastIndexByte(name, ' '); i >= 0 {
			name = name[i+1:] // "namespace local"
		}
		if name == docusign.ConnectXMLRoot {
			return true
		}
	}
	for _, key := range docusign.ConnectEventFields {
		if jsonField(st, key) < 0 {
			return false
		}
	}
	data := match.StructOf(st.Field(jsonField(st, "data")).Type())
	return data != nil && jsonField(data, docusign.ConnectDataKey) >= 0
}

// jsonField returns the index of the exported field of st that
// encoding/json decodes key into, or -1.
func jsonField(st *types.Struct, key string) int {
	for i := range st.NumFields() {
		f := st.Field(i)
		if !f.Exported() {
			continue
		}
		name, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name()
		}
		if strings.EqualFold(name, key) {
			return i
		}
	}
	return -1
}

// structField returns the index of the field of st with the given name, or -1.
func structField(st *types.Struct, name string) int {
	for i := range st.NumFields() {
		if st.Field(i).Name() == name {
			return i
		}
	}
	return -1
}

// ConnectPossible reports whether the package can hold Connect listener
// code at all, the fast path of the connect rules: a string literal of any
// of its files that may name a Connect signature header
// (X-DocuSign-Signature-1, or the prefix a key number is added to), the
// XML root of a Connect message or its JSON envelopeId key (a struct tag);
// an exported string constant of an imported package that may name a
// signature header; a struct type written in the package, or a type
// declared by a direct import, that a Connect message is decoded into
// (ConnectMessage); or esign, whose ConnectData is one, among the imports.
// A package without any of them has no signature to compare and no Connect
// message to decode.
func ConnectPossible(pkg *types.Package, info *types.Info, ins *inspector.Inspector) bool {
	for n := range ins.PreorderSeq((*ast.BasicLit)(nil), (*ast.StructType)(nil)) {
		switch n := n.(type) {
		case *ast.BasicLit:
			if n.Kind == token.STRING && (docusign.ContainsFold(n.Value, signaturePrefix) ||
				strings.Contains(n.Value, docusign.ConnectXMLRoot) || docusign.ContainsFold(n.Value, dataKey)) {
				return true
			}
		case *ast.StructType:
			if tv, ok := info.Types[n]; ok && ConnectMessage(tv.Type) {
				return true
			}
		}
	}
	for _, imp := range pkg.Imports() {
		if connectExports.Get(imp, exportsConnect) {
			return true
		}
	}
	return match.ReachesAny(pkg, knowledge.DocuSignLibraries...)
}

// signaturePrefix and dataKey are the lower-case forms ContainsFold takes.
var (
	signaturePrefix = strings.ToLower(docusign.ConnectSignaturePrefix)
	dataKey         = strings.ToLower(docusign.ConnectDataKey)
)

// connectExports caches exportsConnect by package.
var connectExports match.PackageMemo[bool]

// exportsConnect reports whether pkg declares an exported string constant
// that may name a Connect signature header, or a type a Connect message is
// decoded into.
func exportsConnect(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Const:
			if obj.Exported() && obj.Val().Kind() == constant.String && docusign.ContainsFold(constant.StringVal(obj.Val()), signaturePrefix) {
				return true
			}
		case *types.TypeName:
			if ConnectMessage(obj.Type()) {
				return true
			}
		}
	}
	return false
}
