// Package memo is a shared generic cache; it knows nothing of tokens.
package memo

// Memo keeps values by key; it is not safe for concurrent use.
type Memo[K comparable, V any] struct{ items map[K]V }

// Set keeps v under k.
func (c *Memo[K, V]) Set(k K, v V) { // want Set:"container map items: keeps parameter 2, yields false"
	if c.items == nil {
		c.items = make(map[K]V)
	}
	c.items[k] = v
}

// Lookup returns what Set kept under k.
func (c *Memo[K, V]) Lookup(k K) (v V, found bool) { // want Lookup:"container map items: keeps parameter -1, yields true"
	v, found = c.items[k]
	return
}
