// Package fixpoint solves recursive, monotone summaries (is this value a
// token, does this function verify a signature) over the strongly
// connected components of their dependency graph, so that no answer
// computed under a cycle guard or a cut-off is cached and the answers do
// not depend on the order they are asked in.
package fixpoint

// MaxRounds bounds the rounds of iteration inside one strongly
// connected component. The summaries are monotone over lattices of height
// at most a few (a grant, a flow bit set, a bool), so they converge in far
// fewer rounds; the bound only guards against a non-monotone bug looping.
const MaxRounds = 16

// A Solver memoizes a recursive, monotone summary (is this value a token,
// how does this parameter flow, does this function check an expiry) so
// that no answer computed under a cycle guard is cached. It finds the
// strongly connected components of the dependency graph on demand
// (Tarjan's algorithm over the keys compute asks for), iterates each
// component from bottom to a fixpoint and only then records its answers.
// The result is therefore the least fixpoint, whatever order keys are
// asked for or functions are declared in.
type Solver[K comparable, V comparable] struct {
	compute func(K) V // may call get for other keys
	bottom  V         // the provisional answer of a key on a cycle

	done   map[K]V
	val    map[K]V   // provisional answers of keys on the stack
	index  map[K]int // position on the stack
	stack  []K
	low    []int  // Tarjan's low link, by stack position
	cyclic []bool // the key at this position depended on a key on the stack
	frames []int  // stack positions being computed, innermost last
}

// New returns a Solver that computes a key's summary with compute, which
// may call Get for the keys it depends on, starting cycles from bottom.
func New[K comparable, V comparable](bottom V, compute func(K) V) *Solver[K, V] {
	return &Solver[K, V]{compute: compute, bottom: bottom, done: map[K]V{}, val: map[K]V{}, index: map[K]int{}}
}

// Get returns the summary of k.
func (s *Solver[K, V]) Get(k K) V {
	if v, ok := s.done[k]; ok {
		return v
	}
	if i, ok := s.index[k]; ok { // a cycle: answer provisionally
		if n := len(s.frames); n > 0 {
			top := s.frames[n-1]
			s.low[top] = min(s.low[top], i)
			s.cyclic[top] = true
		}
		return s.val[k]
	}
	i := len(s.stack)
	s.index[k] = i
	s.stack = append(s.stack, k)
	s.low = append(s.low, i)
	s.cyclic = append(s.cyclic, false)
	s.val[k] = s.bottom
	s.val[k] = s.run(i)
	if s.low[i] < i { // part of a component rooted below: its root iterates
		if n := len(s.frames); n > 0 {
			top := s.frames[n-1]
			s.low[top] = min(s.low[top], s.low[i])
			s.cyclic[top] = true
		}
		return s.val[k]
	}
	if s.cyclic[i] || len(s.stack) > i+1 {
		for range MaxRounds {
			changed := false
			for j := i; j < len(s.stack); j++ { // the stack may grow
				m := s.stack[j]
				if v := s.run(j); v != s.val[m] {
					s.val[m], changed = v, true
				}
			}
			if !changed {
				break
			}
		}
	}
	for _, m := range s.stack[i:] {
		s.done[m] = s.val[m]
		delete(s.val, m)
		delete(s.index, m)
	}
	s.stack, s.low, s.cyclic = s.stack[:i], s.low[:i], s.cyclic[:i]
	return s.done[k]
}

// run computes the key at stack position i with i as the current frame.
func (s *Solver[K, V]) run(i int) V {
	s.frames = append(s.frames, i)
	v := s.compute(s.stack[i])
	s.frames = s.frames[:len(s.frames)-1]
	return v
}
