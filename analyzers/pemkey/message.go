package pemkey

import (
	"golang.org/x/tools/go/analysis"

	"github.com/dslint/dslint/internal/report"
)

// reportKey reports a key found at rng: DS201 for a well-formed key, DS202
// for a malformed one. embed names the //go:embed file it was read from
// ("" for a literal); sink names the key API it is passed to ("" if none).
// Messages describe the key (kind, size, encoding), never its content;
// how to load a key instead is in the rules' docs.
func reportKey(r *report.Reporter, rng analysis.Range, k pemKey, embed, sink string) {
	what := k.Describe() + " (" + k.Encoding.String() + ")"
	embedded := ""
	if embed != "" {
		embedded = " in " + quote(embed) + " (//go:embed)"
	}
	if k.Malformed != "" {
		r.Reportf("DS202", rng, "malformed %s%s: %s (key fails to load)", what, embedded, k.Malformed)
		return
	}
	where := " in source"
	if embed != "" {
		where = embedded
	}
	if sink != "" {
		sink = " for " + sink
	}
	if k.WrappedBy != "" {
		r.Reportf("DS201", rng, "%s%s%s, wrapped by %s (anyone reaching the device can use it)", what, where, sink, k.WrappedBy)
		return
	}
	r.Reportf("DS201", rng, "%s%s%s (anyone with the repo can sign)", what, where, sink)
}
