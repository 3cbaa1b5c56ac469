package claims

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
)

// CheckURL reports whether s has the form of a web address a reader can
// follow: http or https, a host, no spaces. It never goes on the network.
func CheckURL(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("the URL is empty")
	}
	if strings.ContainsAny(s, " \t\n") {
		return fmt.Errorf("%q contains white space", s)
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q is not a URL", s)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q must start with http:// or https://", s)
	}
	if u.Hostname() == "" || !strings.Contains(u.Hostname(), ".") && u.Hostname() != "localhost" {
		return fmt.Errorf("%q has no host name", s)
	}
	return nil
}
