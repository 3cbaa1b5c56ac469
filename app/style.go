package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/factdesk/factdesk/claims"
)

// Verdict and kind colours are fixed hues drawn with partial alpha, so that
// they read on the light and the dark variant of the default theme alike
// (the theme follows the system; factdesk never forces a variant).

// verdictColor returns the hue of a verdict; Unreviewed has none (nil).
func verdictColor(v claims.Verdict) color.NRGBA {
	switch v {
	case claims.True:
		return color.NRGBA{0x2e, 0x9d, 0x4f, 0xff}
	case claims.MostlyTrue:
		return color.NRGBA{0x8b, 0xc3, 0x4a, 0xff}
	case claims.Mixed:
		return color.NRGBA{0xf0, 0xa0, 0x20, 0xff}
	case claims.MostlyFalse:
		return color.NRGBA{0xe6, 0x6a, 0x1f, 0xff}
	case claims.False:
		return color.NRGBA{0xd3, 0x2f, 0x2f, 0xff}
	case claims.MissingContext:
		return color.NRGBA{0x8e, 0x44, 0xad, 0xff}
	case claims.Unproven:
		return color.NRGBA{0x42, 0x7d, 0xc8, 0xff}
	case claims.NotCheckable:
		return color.NRGBA{0x80, 0x80, 0x80, 0xff}
	}
	return color.NRGBA{}
}

// kindColor returns the hue that marks a claim kind (underline and, for
// unreviewed claims, the faint background).
func kindColor(k claims.Kind) color.NRGBA {
	switch k {
	case claims.KindAttribution:
		return color.NRGBA{0x1e, 0x88, 0xe5, 0xff}
	case claims.KindAge:
		return color.NRGBA{0x00, 0x96, 0x88, 0xff}
	case claims.KindTrade:
		return color.NRGBA{0xa0, 0x6a, 0x2c, 0xff}
	case claims.KindNumber:
		return color.NRGBA{0x6a, 0x4c, 0xd0, 0xff}
	}
	return color.NRGBA{0x90, 0x90, 0x90, 0xff}
}

// withAlpha returns c with alpha a.
func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = a
	return c
}

// kindIcon returns the icon shown beside a claim of kind k.
func kindIcon(k claims.Kind) fyne.Resource {
	switch k {
	case claims.KindAttribution:
		return theme.AccountIcon()
	case claims.KindAge:
		return theme.CalendarIcon()
	case claims.KindTrade:
		return theme.MailForwardIcon()
	case claims.KindNumber:
		return theme.ListIcon()
	}
	return theme.InfoIcon()
}

// kindLabel is the translated name of a kind.
func kindLabel(k claims.Kind) string { return tr("kind." + string(k)) }

// statusLabel is the translated name of an article status.
func statusLabel(s claims.Status) string {
	if s == "" {
		s = claims.StatusOpen
	}
	return tr("status." + string(s))
}

// statuses lists the article statuses in workflow order.
func statuses() []claims.Status {
	return []claims.Status{claims.StatusOpen, claims.StatusInReview, claims.StatusDone}
}
