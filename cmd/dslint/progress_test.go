package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the timer goroutine's write.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestProgress checks that the loading line is printed on a terminal once
// the delay has passed, never when stderr is not a terminal, and not after
// loading ended.
func TestProgress(t *testing.T) {
	var tty syncBuffer
	stop := startProgress(&tty, true, time.Millisecond)
	deadline := time.Now().Add(5 * time.Second)
	for tty.String() == "" && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	stop()
	if got := tty.String(); got != loadingMsg+"\n" {
		t.Errorf("terminal: %q, want the loading line", got)
	}

	var pipe syncBuffer
	stop = startProgress(&pipe, false, 0)
	time.Sleep(20 * time.Millisecond)
	stop()
	if got := pipe.String(); got != "" {
		t.Errorf("not a terminal: %q, want nothing", got)
	}

	var fast syncBuffer
	stop = startProgress(&fast, true, time.Hour)
	stop()
	if got := fast.String(); got != "" {
		t.Errorf("stopped before the delay: %q, want nothing", got)
	}
	if isTerminal(&fast) || strings.Contains(pipe.String(), "loading") {
		t.Error("a buffer is not a terminal")
	}
}

// TestNoProgressOffTerminal checks that a run whose stderr is not a
// terminal prints no progress line, however long loading takes.
func TestNoProgressOffTerminal(t *testing.T) {
	tinyModule(t)
	_, _, stderr := runCLI(t, "./...")
	if strings.Contains(stderr, "loading packages") {
		t.Errorf("stderr = %q", stderr)
	}
}
