package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/factdesk/factdesk/app/internal/quietlocale" // also runs before Fyne's locale lookup
)

// The workbench speaks German and English. Fyne's own lang package translates
// its built-in dialogs; factdesk's strings live in the small table below so
// that switching language at run time (settings) needs no translation files.
// uiLang is only read and written on the UI goroutine.
var uiLang = "en"

// setLanguage makes l ("de" or "en"; anything else means English) the
// language of every tr call from now on.
func setLanguage(l string) {
	if l == "de" {
		uiLang = "de"
		return
	}
	uiLang = "en"
}

// systemLanguage guesses the user's language from the locale the
// environment sets for messages and, when it sets none, from the system
// locale (macOS and Windows keep theirs elsewhere).
func systemLanguage() string {
	l, set := quietlocale.MessageLocale()
	if !set {
		l = lang.SystemLocale().LanguageString()
	}
	if strings.HasPrefix(strings.ToLower(l), "de") {
		return "de"
	}
	return "en"
}

// tr returns the text for key in the current language, or the key itself
// when the table lacks it (so a missing entry shows, not an empty label).
func tr(key string) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	if uiLang == "de" {
		return m.de
	}
	return m.en
}

// trf is tr with fmt.Sprintf arguments.
func trf(key string, args ...any) string { return fmt.Sprintf(tr(key), args...) }

type message struct{ de, en string }

var messages = map[string]message{
	// menus
	"menu.file":      {"Datei", "File"},
	"menu.edit":      {"Bearbeiten", "Edit"},
	"menu.review":    {"Prüfung", "Review"},
	"menu.view":      {"Ansicht", "View"},
	"menu.help":      {"Hilfe", "Help"},
	"menu.verdict":   {"Bewertung", "Verdict"},
	"act.new":        {"Neuer Artikel aus Zwischenablage …", "New article from clipboard …"},
	"act.open":       {"Datei öffnen …", "Open file …"},
	"act.export":     {"Exportieren …", "Export …"},
	"act.settings":   {"Einstellungen …", "Settings …"},
	"act.undo":       {"Rückgängig", "Undo"},
	"act.find":       {"Suchen", "Find"},
	"act.delete":     {"Behauptung in den Papierkorb", "Move claim to trash"},
	"act.deleteArt":  {"Artikel in den Papierkorb", "Move article to trash"},
	"act.trash":      {"Papierkorb …", "Trash …"},
	"act.addClaim":   {"Behauptung aus Markierung", "Claim from selection"},
	"act.split":      {"Behauptung teilen …", "Split claim …"},
	"act.merge":      {"Mit nächster zusammenführen", "Merge with next"},
	"act.next":       {"Nächste Behauptung", "Next claim"},
	"act.prev":       {"Vorige Behauptung", "Previous claim"},
	"act.people":     {"Personen …", "People …"},
	"act.unreviewed": {"Nur offene Behauptungen", "Only unreviewed claims"},
	"act.shortcuts":  {"Tastenkürzel", "Keyboard shortcuts"},
	"act.about":      {"Über factdesk", "About factdesk"},
	"act.verdictKey": {"Bewertung setzen", "Set verdict"},
	"tool.add":       {"Aus Markierung", "From selection"},
	"tool.split":     {"Teilen", "Split"},
	"tool.merge":     {"Verbinden", "Merge"},
	"welcome.title":  {"Willkommen bei factdesk", "Welcome to factdesk"},
	"act.mergeFile":  {"Datei eines Kollegen einbinden …", "Merge a colleague's file …"},
	"merge.running":  {"Dateien werden zusammengeführt …", "Merging files …"},
	"merge.done":     {"Übernommen: %d Artikel, %d Behauptungen, %d Bewertungen, %d Quellen; %d Konflikte (neuere Änderung gewann).", "Taken over: %d articles, %d claims, %d reviews, %d sources; %d conflicts (the later change won)."},

	// panes
	"search.placeholder": {"Suchen (Strg+F)", "Search (Ctrl+F)"},
	"status.open":        {"offen", "open"},
	"status.in-review":   {"in Prüfung", "in review"},
	"status.done":        {"fertig", "done"},
	"text.empty":         {"Kein Artikel gewählt. Strg+N fügt einen aus der Zwischenablage ein, Strg+O öffnet eine Datei.", "No article selected. Ctrl+N pastes one from the clipboard, Ctrl+O opens a file."},
	"filter.allKinds":    {"Alle Arten", "All kinds"},
	"filter.allVerdicts": {"Alle Bewertungen", "All verdicts"},
	"filter.unreviewed":  {"nur offene", "unreviewed only"},
	"claims.count":       {"%d von %d Behauptungen", "%d of %d claims"},
	"article.status":     {"Status", "Status"},
	"claims.none":        {"Keine Behauptungen gefunden. Text im Artikel markieren und „Aus Markierung“ wählen.", "No claims found. Select text in the article and choose “From selection”."},
	"claims.filtered":    {"Keine Behauptung passt zu den Filtern.", "No claim matches the filters."},
	"hits.one":           {"1 Fundstelle", "1 place found"},
	"hits.count":         {"%d Fundstellen", "%d places found"},
	"hits.many":          {"Die ersten %d Fundstellen", "The first %d places found"},
	"hits.none":          {"Keine Fundstellen für „%s“", "Nothing found for “%s”"},
	"hit.title":          {"Titel", "Title"},
	"hit.claim":          {"Behauptung", "Claim"},
	"hit.note":           {"Begründung", "Explanation"},
	"hit.source":         {"Quelle", "Source"},
	"hit.text":           {"Artikeltext", "Article text"},

	// split
	"split.title":  {"Behauptung teilen", "Split claim"},
	"split.hint":   {"Den Schnitt mit dem Regler oder den Knöpfen wortweise verschieben.", "Move the cut word by word with the slider or the buttons."},
	"split.first":  {"Erster Teil", "First part"},
	"split.second": {"Zweiter Teil", "Second part"},
	"split.prev":   {"Wort zurück", "Previous word"},
	"split.next":   {"Wort vor", "Next word"},

	// kinds
	"kind.attribution": {"Zitat", "Attribution"},
	"kind.age":         {"Alter", "Age"},
	"kind.trade":       {"Handel", "Trade"},
	"kind.number":      {"Zahl", "Number"},
	"kind.fact":        {"Fakt", "Fact"},

	// editor
	"editor.none":       {"Keine Behauptung gewählt", "No claim selected"},
	"editor.verdict":    {"Bewertung", "Verdict"},
	"editor.note":       {"Begründung", "Explanation"},
	"editor.kind":       {"Art", "Kind"},
	"editor.speaker":    {"Sprecher", "Speaker"},
	"editor.text":       {"Text", "Text"},
	"editor.sources":    {"Quellen", "Sources"},
	"editor.ageRight":   {"✓ Alter stimmt (%d)", "✓ age matches (%d)"},
	"editor.ageWrong":   {"✗ erwartet: %d Jahre", "✗ expected: %d years"},
	"editor.seen":       {"Schon geprüft in „%s“: %s", "Seen before in “%s”: %s"},
	"editor.copySrc":    {"Quellen übernehmen", "Copy its sources"},
	"editor.copied":     {"%d Quellen übernommen", "%d sources copied"},
	"editor.reviewedBy": {"geprüft von %s, %s", "reviewed by %s, %s"},

	// sources
	"src.add":          {"Quelle hinzufügen", "Add source"},
	"src.edit":         {"Quelle bearbeiten", "Edit source"},
	"src.remove":       {"Entfernen", "Remove"},
	"src.open":         {"Im Browser", "In browser"},
	"src.editBtn":      {"Ändern", "Edit"},
	"src.saveEvidence": {"Beleg speichern …", "Save evidence …"},
	"src.attach":       {"Beleg …", "Evidence …"},
	"src.url":          {"Adresse (URL)", "Address (URL)"},
	"src.title":        {"Titel", "Title"},
	"src.publisher":    {"Herausgeber", "Publisher"},
	"src.accessed":     {"Abgerufen am", "Accessed"},
	"src.excerpt":      {"Auszug", "Excerpt"},
	"src.evidence":     {"Beleg: %s", "Evidence: %s"},
	"src.none":         {"Noch keine Quellen", "No sources yet"},

	// import
	"import.title":     {"Neuer Artikel", "New article"},
	"import.fileTitle": {"Artikel aus Datei", "Article from file"},
	"import.outlet":    {"Medium", "Outlet"},
	"import.url":       {"Adresse (URL)", "Address (URL)"},
	"import.published": {"Erschienen (JJJJ-MM-TT)", "Published (YYYY-MM-DD)"},
	"import.text":      {"Text", "Text"},
	"import.notes":     {"Beim Einlesen", "On reading"},
	"import.running":   {"Behauptungen werden gesucht …", "Finding claims …"},
	"import.existing":  {"Dieser Artikel ist schon in der Datei.", "This article is already in the file."},
	"import.done":      {"%d Behauptungen gefunden", "%d claims found"},
	"import.badFile":   {"Datei „%s“ kann nicht gelesen werden", "Cannot read file “%s”"},

	// export
	"export.title":     {"Exportieren", "Export"},
	"export.scope":     {"Umfang", "Scope"},
	"export.format":    {"Format", "Format"},
	"export.article":   {"Dieser Artikel", "This article"},
	"export.all":       {"Alle Artikel", "All articles"},
	"export.range":     {"Zeitraum", "Date range"},
	"export.byVerdict": {"Nach Bewertung", "By verdict"},
	"export.from":      {"Von (JJJJ-MM-TT)", "From (YYYY-MM-DD)"},
	"export.to":        {"Bis (JJJJ-MM-TT)", "To (YYYY-MM-DD)"},
	"export.choose":    {"Speichern unter …", "Save as …"},
	"export.running":   {"Bericht wird geschrieben …", "Writing report …"},
	"export.done":      {"Bericht gespeichert: %s", "Report saved: %s"},
	"export.nothing":   {"Nichts zu exportieren.", "Nothing to export."},
	"export.noArticle": {"Kein Artikel gewählt.", "No article selected."},

	// trash, people, settings, about, help
	"trash.title":        {"Papierkorb", "Trash"},
	"trash.none":         {"Der Papierkorb ist leer.", "The trash is empty."},
	"trash.restore":      {"Wiederherstellen", "Restore"},
	"trash.empty":        {"Papierkorb leeren", "Empty trash"},
	"trash.confirm":      {"Alle %d Einträge endgültig löschen?", "Delete all %d items for good?"},
	"trash.emptied":      {"%d Einträge gelöscht", "%d items deleted"},
	"entity.article":     {"Artikel", "article"},
	"entity.claim":       {"Behauptung", "claim"},
	"entity.review":      {"Bewertung", "review"},
	"entity.source":      {"Quelle", "source"},
	"entity.person":      {"Person", "person"},
	"people.title":       {"Personen", "People"},
	"people.none":        {"Noch keine Personen. Mit Geburtsdatum erfasst, prüft factdesk Altersangaben.", "No people yet. With a birth date on file, factdesk checks age claims."},
	"people.add":         {"Person hinzufügen", "Add person"},
	"people.edit":        {"Person bearbeiten", "Edit person"},
	"people.name":        {"Name", "Name"},
	"people.aliases":     {"Auch geschrieben", "Also spelled"},
	"people.aliasesHint": {"Mehrere mit Komma trennen", "Separate several with commas"},
	"people.born":        {"Geboren (JJJJ-MM-TT)", "Born (YYYY-MM-DD)"},
	"people.delete":      {"Löschen", "Delete"},
	"settings.title":     {"Einstellungen", "Settings"},
	"settings.name":      {"Ihr Name (Prüfer)", "Your name (reviewer)"},
	"settings.lang":      {"Sprache", "Language"},
	"settings.askName":   {"Wer prüft? Ihr Name steht an jeder Änderung.", "Who is reviewing? Your name is stamped on every change."},
	"about.title":        {"Über factdesk", "About factdesk"},
	"about.text":         {"factdesk %s\nPrüfwerkzeug für Nachrichtenartikel, ganz ohne Netz.\n\nDatenbank: %s\nEinstellungen: %s", "factdesk %s\nFact-checking workbench for news articles, fully offline.\n\nDatabase: %s\nSettings: %s"},
	"help.title":         {"Tastenkürzel", "Keyboard shortcuts"},

	// common
	"ok":            {"OK", "OK"},
	"save":          {"Speichern", "Save"},
	"cancel":        {"Abbrechen", "Cancel"},
	"import":        {"Importieren", "Import"},
	"undo.nothing":  {"Nichts rückgängig zu machen.", "Nothing to undo."},
	"undo.done":     {"Rückgängig: %s", "Undone: %s"},
	"err.date":      {"Datum bitte als JJJJ-MM-TT", "date must be YYYY-MM-DD"},
	"err.required":  {"Pflichtfeld", "required"},
	"err.url":       {"Adresse muss mit http:// oder https:// beginnen und einen Host haben", "address must start with http:// or https:// and name a host"},
	"err.selection": {"Bitte zuerst Text im Artikel markieren (mit der Maus ziehen).", "Select text in the article first (drag with the mouse)."},
	"err.split":     {"Diese Behauptung ist nur ein Wort lang und lässt sich nicht teilen.", "This claim is a single word and cannot be split."},
	"err.noNext":    {"Es gibt keine nächste Behauptung.", "There is no next claim."},
	"err.noClaim":   {"Keine Behauptung gewählt.", "No claim selected."},
	"status.saved":  {"Gespeichert", "Saved"},
	"status.actor":  {"Prüfer: %s", "Reviewer: %s"},
}
