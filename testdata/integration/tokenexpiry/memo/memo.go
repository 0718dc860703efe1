// Package memo is the services' generic cache; it knows nothing of tokens.
package memo

import "sync"

// Memo keeps values by key.
type Memo[K comparable, V any] struct {
	mu    sync.RWMutex
	items map[K]V
}

// Set keeps v under k.
func (m *Memo[K, V]) Set(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.items == nil {
		m.items = make(map[K]V)
	}
	m.items[k] = v
}

// Get returns what Set kept under k.
func (m *Memo[K, V]) Get(k K) (V, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	v, ok := m.items[k]
	return v, ok
}
