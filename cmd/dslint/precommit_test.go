package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dslint/dslint/internal/testutil"
)

// TestPreCommit runs the real pre-commit with the dslint hook of this
// checkout: a commit that adds a demo host is refused, the fixed commit
// goes through. The hook repository is a snapshot of the working tree
// (tracked and untracked, non-ignored files) committed into a temporary
// repository, so uncommitted changes are tested too; pre-commit installs
// it with `go install ./...` like it would from GitHub. Run with
// DSLINT_E2E=1 (.ci/run) and skipped when pre-commit is not installed (Debian: apt-get install
// pre-commit).
func TestPreCommit(t *testing.T) {
	testutil.RequireE2E(t, "installs the hook with pre-commit (go install)")
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not on PATH (apt-get install pre-commit); skipping the pre-commit hook test")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not on PATH")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "cache"),
		"GIT_AUTHOR_NAME=dslint test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=dslint test", "GIT_COMMITTER_EMAIL=test@example.com",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1", "GOWORK=off",
	)
	cmd := func(dir, name string, args ...string) (string, error) {
		c := exec.Command(name, args...)
		c.Dir, c.Env = dir, env
		out, err := c.CombinedOutput()
		return string(out), err
	}
	must := func(dir, name string, args ...string) string {
		t.Helper()
		out, err := cmd(dir, name, args...)
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return out
	}

	// The hook repository: a snapshot of this checkout.
	hooks := filepath.Join(tmp, "hooks")
	files := must(root, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	for _, f := range strings.Split(strings.TrimSuffix(files, "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(root, f))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(hooks, f)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	must(hooks, "git", "init", "-q")
	must(hooks, "git", "add", "-A")
	must(hooks, "git", "commit", "-q", "-m", "snapshot")
	rev := strings.TrimSpace(must(hooks, "git", "rev-parse", "HEAD"))

	// The user's repository.
	repo := filepath.Join(tmp, "repo")
	writeFile(t, filepath.Join(repo, "go.mod"), "module example.com/precommit\n\ngo 1.26.0\n")
	writeFile(t, filepath.Join(repo, ".pre-commit-config.yaml"), "repos:\n  - repo: "+hooks+"\n    rev: "+rev+"\n    hooks:\n      - id: dslint\n")
	writeFile(t, filepath.Join(repo, "util", "util.go"), "package util\n\n// Answer is clean.\nconst Answer = 42\n")
	must(repo, "git", "init", "-q")
	must(repo, "pre-commit", "install")
	must(repo, "git", "add", "-A")
	must(repo, "git", "commit", "-q", "-m", "clean start")

	// A commit touching two packages, one with a demo host: refused.
	writeFile(t, filepath.Join(repo, "auth", "auth.go"), "package auth\n\nconst authServer = \"https://account-d.docusign.com\"\n\n// Server is the auth server.\nfunc Server() string { return authServer }\n")
	writeFile(t, filepath.Join(repo, "util", "util.go"), "package util\n\n// Answer is clean.\nconst Answer = 43\n")
	must(repo, "git", "add", "-A")
	out, err := cmd(repo, "git", "commit", "-m", "add the auth server")
	t.Logf("commit with a demo host:\n%s", out)
	if err == nil {
		t.Fatal("the commit with a demo host was accepted")
	}
	if !strings.Contains(out, "DS101") || !strings.Contains(out, "auth/auth.go:3:") {
		t.Error("the hook output does not show the DS101 finding")
	}

	// The fixed commit passes.
	writeFile(t, filepath.Join(repo, "auth", "auth.go"), "package auth\n\nimport \"os\"\n\n// Server is the auth server, from the environment.\nfunc Server() string { return os.Getenv(\"DOCUSIGN_AUTH_SERVER\") }\n")
	must(repo, "git", "add", "-A")
	out, err = cmd(repo, "git", "commit", "-m", "auth server from the environment")
	t.Logf("fixed commit:\n%s", out)
	if err != nil {
		t.Fatalf("the fixed commit was refused: %v", err)
	}

	// Adopting dslint on code with findings: a legacy package committed
	// without the hook, a baseline written for the module and given to the
	// hook. An unrelated edit of the legacy file goes through; a new flaw in
	// it is refused, and only the new flaw is shown.
	legacy := "package legacy\n\nconst authServer = \"https://account-d.docusign.com\"\n\nconst restBase = \"https://demo.docusign.net/restapi\"\n\n" +
		"// Hosts are the legacy hosts.\nfunc Hosts() []string { return []string{authServer, restBase} }\n"
	writeFile(t, filepath.Join(repo, "legacy", "legacy.go"), legacy)
	must(repo, "git", "add", "-A")
	must(repo, "git", "commit", "-q", "--no-verify", "-m", "legacy code with findings")
	t.Chdir(repo)
	if code, _, stderr := runCLI(t, "-write-baseline", "dslint-baseline.json", "./..."); code != exitClean || !strings.Contains(stderr, "wrote 2 findings") {
		t.Fatalf("-write-baseline: exit %d: %s", code, stderr)
	}
	writeFile(t, filepath.Join(repo, ".pre-commit-config.yaml"), "repos:\n  - repo: "+hooks+"\n    rev: "+rev+"\n    hooks:\n      - id: dslint\n        args: [-baseline=dslint-baseline.json]\n")
	must(repo, "git", "add", "-A")
	must(repo, "git", "commit", "-q", "-m", "adopt dslint with a baseline")

	legacy = strings.Replace(legacy, "package legacy\n", "// Package legacy holds the old hosts (an unrelated edit).\npackage legacy\n", 1)
	writeFile(t, filepath.Join(repo, "legacy", "legacy.go"), legacy)
	must(repo, "git", "add", "-A")
	out, err = cmd(repo, "git", "commit", "-m", "document the legacy package")
	t.Logf("unrelated edit:\n%s", out)
	if err != nil {
		t.Fatalf("an unrelated edit of a baselined file was refused: %v", err)
	}

	legacy += "\nconst notary = \"https://notary-d.docusign.net\"\n\n// Notary is the notary host.\nfunc Notary() string { return notary }\n"
	writeFile(t, filepath.Join(repo, "legacy", "legacy.go"), legacy)
	must(repo, "git", "add", "-A")
	out, err = cmd(repo, "git", "commit", "-m", "add the notary host")
	t.Logf("new flaw:\n%s", out)
	if err == nil {
		t.Fatal("the commit adding a flaw to a baselined file was accepted")
	}
	if strings.Count(out, "legacy/legacy.go:") != 1 || !strings.Contains(out, "legacy/legacy.go:11:") || !strings.Contains(out, "2 findings in the baseline not shown") {
		t.Error("the hook output is not exactly the new finding (legacy/legacy.go:11) with the two baselined ones hidden")
	}
}

func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
