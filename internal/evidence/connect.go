package evidence

import (
	"go/types"
	"reflect"
	"strings"

	"github.com/dslint/dslint/internal/docusign"
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
	if match.IsType(t, docusign.ConnectDataType) {
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
