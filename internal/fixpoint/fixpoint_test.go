package fixpoint

import "testing"

// The Solver's answers over a graph with cycles are the least fixpoint,
// whichever key is asked first: reachability of node 5 from each node.
func TestSolverOrder(t *testing.T) {
	edges := map[int][]int{0: {1}, 1: {2, 0}, 2: {3}, 3: {1, 4}, 4: {5}, 5: nil, 6: {6}, 7: {6, 0}}
	want := map[int]bool{0: true, 1: true, 2: true, 3: true, 4: true, 5: true, 6: false, 7: true}
	for _, order := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1, 0}, {3, 7, 1, 6, 0, 5, 2, 4}} {
		var s *Solver[int, bool]
		s = New(false, func(n int) bool {
			found := n == 5
			for _, m := range edges[n] {
				found = s.Get(m) || found
			}
			return found
		})
		for _, n := range order {
			if got := s.Get(n); got != want[n] {
				t.Errorf("order %v: reaches(%d) = %v, want %v", order, n, got, want[n])
			}
		}
	}
}
