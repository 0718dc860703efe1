// Package cache is a generic in-memory map that knows nothing of DocuSign:
// its Container facts say that Put keeps the value Get returns.
package cache

import "sync"

// Memo is a concurrency-safe map.
type Memo[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// NewMemo returns an empty Memo.
func NewMemo[K comparable, V any]() *Memo[K, V] { return &Memo[K, V]{m: map[K]V{}} }

// Get returns the value kept for k.
func (m *Memo[K, V]) Get(k K) (V, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[k]
	return v, ok
}

// Put keeps v for k.
func (m *Memo[K, V]) Put(k K, v V) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m[k] = v
}
