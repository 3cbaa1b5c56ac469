// Command factdesk is the fact-checking workbench: without a subcommand it
// opens the window, with one it works on the command line (see usage).
// main only wires: the domain lives in claims, persistence in store, the
// window in app.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
)

const usage = `factdesk — offline fact-checking workbench

usage:
  factdesk [-db FILE] [-quit-after DURATION]      open the workbench
  factdesk extract [-lang auto|de|en] [-json] FILE|-
  factdesk import -db FILE [-title T] [-url U] [-outlet O] [-published YYYY-MM-DD] ARTICLE...
  factdesk export -db FILE [-article ID] [-from DATE] [-to DATE] [-verdict V]
                  -format md|html|pdf|csv|json|claimreview [-lang de|en] [-o OUT]
  factdesk list   -db FILE [-article ID] [-json]
  factdesk review -db FILE -claim ID [-verdict V] [-note TEXT] [-source URL [-source-title T]] [-reviewer NAME]
  factdesk merge  -db FILE OTHER.db...
  factdesk check  -db FILE

Without -db the workbench uses %s.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// usageError is a command-line mistake: exit code 2 and a hint at the usage.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// usagef returns a usageError.
func usagef(format string, args ...any) error {
	return usageError{fmt.Sprintf(format, args...)}
}

// run executes one invocation and returns the process exit code. Every
// failure is one line on stderr.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var err error
	cmd := ""
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "":
		err = runWorkbench(args, stderr)
	case "extract":
		err = runExtract(args, stdin, stdout)
	case "import":
		err = runImport(ctx, args, stdout)
	case "export":
		err = runExport(ctx, args, stdout)
	case "list":
		err = runList(ctx, args, stdout)
	case "review":
		err = runReview(ctx, args, stdout)
	case "merge":
		err = runMerge(ctx, args, stdout)
	case "check":
		err = runCheck(ctx, args, stdout)
	case "help", "-h", "--help":
		fmt.Fprintf(stdout, usage, defaultDatabaseHint())
		return 0
	default:
		err = usagef("unknown command %q", cmd)
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintf(stdout, usage, defaultDatabaseHint())
		return 0
	case errors.As(err, new(usageError)):
		fmt.Fprintf(stderr, "factdesk: %v (see factdesk help)\n", err)
		return 2
	default:
		fmt.Fprintf(stderr, "factdesk: %v\n", err)
		return 1
	}
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses args into fs, wrapping mistakes as usage errors.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usagef("%s: %v", fs.Name(), err)
	}
	return nil
}
