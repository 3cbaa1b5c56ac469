package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeMarkdown writes v as CommonMark for pasting into a CMS. Every piece
// of article-derived text goes through escapeMarkdown, so it reads as text
// and can never become markup or HTML.
func writeMarkdown(w io.Writer, v *view) error {
	b := bufio.NewWriter(w)
	l := v.L
	if o := v.Overview; o != nil {
		b.WriteString("# " + l.Report + ": " + l.Overview + "\n\n" + o.Summary + "\n\n")
		writeMarkdownCounts(b, l, o.Counts)
		b.WriteString("## " + l.Articles + "\n\n")
		for i, a := range v.Articles {
			b.WriteString(itoa(i+1) + ". " + escapeMarkdown(a.Title) + " (" + fmt.Sprintf(l.Total, len(a.Claims)) + ")\n")
		}
		b.WriteString("\n")
	}
	for i, a := range v.Articles {
		if i > 0 || v.Overview != nil {
			b.WriteString("---\n\n")
		}
		b.WriteString("# " + l.Report + ": " + escapeMarkdown(a.Title) + "\n\n")
		var meta []string
		if a.Outlet != "" {
			meta = append(meta, "**"+l.Outlet+":** "+escapeMarkdown(a.Outlet))
		}
		if a.Published != "" {
			meta = append(meta, "**"+l.Published+":** "+escapeMarkdown(a.Published))
		}
		if a.URL != "" {
			meta = append(meta, "**"+l.URL+":** "+markdownLink(a.URL, a.URL))
		}
		if len(a.Reviewers) > 0 {
			meta = append(meta, "**"+l.Reviewers+":** "+escapeMarkdown(strings.Join(a.Reviewers, ", ")))
		}
		for _, m := range meta {
			b.WriteString("- " + m + "\n")
		}
		if len(meta) > 0 {
			b.WriteString("\n")
		}
		writeMarkdownCounts(b, l, a.Counts)
		b.WriteString("## " + l.Claims + "\n\n")
		if len(a.Claims) == 0 {
			b.WriteString(l.NoClaims + "\n\n")
		}
		for _, c := range a.Claims {
			writeMarkdownClaim(b, l, c)
		}
	}
	b.WriteString("---\n\n_" + escapeMarkdown(v.Generated) + "_\n")
	return b.Flush()
}

func writeMarkdownCounts(b *bufio.Writer, l *labels, counts []countView) {
	if len(counts) == 0 {
		return
	}
	b.WriteString("## " + l.Verdicts + "\n\n")
	b.WriteString("| " + l.Verdict + " | " + l.Count + " |\n|---|---:|\n")
	for _, c := range counts {
		b.WriteString("| " + c.Label + " | " + itoa(c.N) + " |\n")
	}
	b.WriteString("\n")
}

func writeMarkdownClaim(b *bufio.Writer, l *labels, c claimView) {
	b.WriteString("### " + itoa(c.N) + ". " + escapeMarkdown(c.Text) + "\n\n")
	b.WriteString("- **" + l.Verdict + ":** " + c.VerdictLabel + "\n")
	b.WriteString("- **" + l.Kind + ":** " + c.KindLabel + "\n")
	if c.Speaker != "" {
		b.WriteString("- **" + l.Speaker + ":** " + escapeMarkdown(c.Speaker) + "\n")
	}
	if c.AccordingTo != "" {
		b.WriteString("- **" + l.AccordingTo + ":** " + escapeMarkdown(c.AccordingTo) + "\n")
	}
	if c.Note != "" {
		b.WriteString("- **" + l.Note + ":** " + escapeMarkdown(c.Note) + "\n")
	}
	if c.Reviewer != "" || c.Reviewed != "" {
		b.WriteString("- **" + l.Reviewer + ":** " + escapeMarkdown(joinNonEmpty(", ", c.Reviewer, c.Reviewed)) + "\n")
	}
	b.WriteString("\n**" + l.Passage + ":**\n\n")
	if c.Passage == "" {
		b.WriteString("> " + l.NoPassage + "\n\n")
	} else {
		b.WriteString("> " + escapeMarkdown(c.Passage) + "\n\n")
	}
	b.WriteString("**" + l.Sources + ":**")
	if len(c.Sources) == 0 {
		b.WriteString(" " + l.NoSources + "\n\n")
		return
	}
	b.WriteString("\n\n")
	for i, s := range c.Sources {
		b.WriteString(itoa(i+1) + ". " + markdownLink(firstNonEmpty(s.Title, s.URL), s.URL))
		if s.Publisher != "" {
			b.WriteString(", " + escapeMarkdown(s.Publisher))
		}
		if s.Accessed != "" {
			b.WriteString(", " + l.Accessed + " " + escapeMarkdown(s.Accessed))
		}
		if s.EvidenceSHA256 != "" {
			b.WriteString(" — " + l.Evidence + ": " + escapeMarkdown(s.EvidenceName) + " SHA-256 `" + codeSafe(s.EvidenceSHA256) + "`")
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

// markdownEscaper backslash-escapes the characters that start inline markup
// or raw HTML in CommonMark; "&" too, so that entity references stay text.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `~`, `\~`, `&`, `\&`,
)

// escapeMarkdown makes s safe to put inline in Markdown: runs of white space
// (line breaks included) become one space, markup characters are escaped,
// and a start that would open a list or a heading underline when s begins a
// block (as in a quote) is escaped too.
func escapeMarkdown(s string) string {
	s = markdownEscaper.Replace(strings.Join(strings.Fields(s), " "))
	if s == "" {
		return s
	}
	markerEnd := func(i int) bool { return i == len(s) || s[i] == ' ' }
	switch s[0] {
	case '-', '+', '=':
		if markerEnd(1) || strings.Trim(s, string(s[0])+" ") == "" {
			return `\` + s
		}
		return s
	}
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') && markerEnd(digits+1) {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// linkEscaper makes a URL fit between the angle brackets of a link
// destination.
var linkEscaper = strings.NewReplacer("<", "%3C", ">", "%3E", `\`, "%5C", "\n", "", "\r", "", " ", "%20")

// markdownLink links text to u when u is an http(s) address and otherwise
// writes the escaped text and address without a link.
func markdownLink(text, u string) string {
	if !webURL(u) {
		if text == u {
			return escapeMarkdown(text)
		}
		return escapeMarkdown(text + " (" + u + ")")
	}
	dest := linkEscaper.Replace(strings.TrimSpace(u))
	return "[" + escapeMarkdown(text) + "](<" + dest + ">)"
}

// codeSafe drops backticks and line breaks so that s fits in a code span.
func codeSafe(s string) string {
	return strings.NewReplacer("`", "", "\n", " ", "\r", " ").Replace(s)
}
