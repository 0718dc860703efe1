package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progressDelay is how long loading runs before a terminal is told what it
// waits for: a cold first run on a large module spends minutes in the go
// command compiling dependencies, and silence looks like a hang.
const progressDelay = 2 * time.Second

// loadingMsg is the progress line.
const loadingMsg = "dslint: loading packages (the go command is compiling dependencies)…"

// startProgress prints loadingMsg on w once delay has passed, only when tty
// is set (w is a terminal: logs and CI output stay as they were). The
// returned stop cancels it; after stop returns nothing more is printed.
func startProgress(w io.Writer, tty bool, delay time.Duration) (stop func()) {
	if !tty {
		return func() {}
	}
	var mu sync.Mutex
	stopped := false
	t := time.AfterFunc(delay, func() {
		mu.Lock()
		defer mu.Unlock()
		if !stopped {
			fmt.Fprintln(w, loadingMsg)
		}
	})
	return func() {
		t.Stop()
		mu.Lock()
		stopped = true
		mu.Unlock()
	}
}
