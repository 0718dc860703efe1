package pemkey

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/report"
)

// reportKey reports a key found at rng: DS201 for a well-formed key, DS202
// for a malformed one. embed names the //go:embed file it was read from
// ("" for a literal); sink names the key API it is passed to ("" if none).
// Messages describe the key (kind, size, encoding), never its content.
func reportKey(r *report.Reporter, rng analysis.Range, k pemKey, embed, sink string) {
	what := k.Describe() + " (" + k.Encoding.String() + ")"
	where := " embedded in source"
	if embed != "" {
		where = " in " + quote(embed) + ", embedded in the binary by //go:embed"
	}
	if sink != "" {
		sink = ", passed to " + sink
	}
	if k.Malformed != "" {
		r.Reportf("DS202", rng, "malformed %s%s%s: %s, so loading it fails with \"could not deserialize key data\" and the JWT grant never starts; fix the PEM (BEGIN/END lines and base64 body intact) and %s",
			what, where, sink, k.Malformed, keepElsewhere)
		return
	}
	if k.WrappedBy != "" {
		r.Reportf("DS201", rng, "%s%s%s, wrapped by %s: only that device can sign with it, but the blob ships in every clone, fork and build artifact and lets whoever can reach the device use it; %s",
			what, where, sink, k.WrappedBy, keepElsewhere)
		return
	}
	r.Reportf("DS201", rng, "%s%s%s: it ships in every clone, fork and build artifact, and whoever has it can sign with it (with a DocuSign integration key: JWT grants as any user who consented); %s, and rotate this key",
		what, where, sink, keepElsewhere)
}
