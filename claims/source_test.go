package claims

import "testing"

func TestCheckURL(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"https://www.destatis.de/DE/Presse/2024.html", true},
		{"http://example.org", true},
		{"https://localhost:8080/x", true},
		{"", false},
		{"www.destatis.de", false},
		{"ftp://example.org/file", false},
		{"https://", false},
		{"https://exa mple.org", false},
		{"javascript:alert(1)", false},
		{"https://intranet/x", false},
	}
	for _, tt := range tests {
		err := CheckURL(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("CheckURL(%q) = %v, want ok=%v", tt.in, err, tt.ok)
		}
	}
}
