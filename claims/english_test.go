package claims

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// textacyCase is one line of the corpus' quotes/textacy_en.jsonl.
type textacyCase struct {
	ID     string `json:"id"`
	Text   string `json:"text"`
	Quotes []struct {
		Quote   *string `json:"quote"`
		Speaker string  `json:"speaker"`
		Cue     *string `json:"cue"`
	} `json:"quotes"`
}

var englishPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// speakerMatches reports whether a predicted speaker fits the gold one: the
// same words, or, for a gold pronoun, the pronoun itself or a name the text
// gives (Extract resolves pronouns).
func speakerMatches(text, got, want string) bool {
	if strings.EqualFold(got, want) {
		return true
	}
	if englishPronouns[strings.ToLower(want)] {
		return got != "" && !englishPronouns[strings.ToLower(got)] && strings.Contains(text, got)
	}
	return false
}

// stripQuote removes quotation marks and trailing punctuation.
func stripQuote(q string) string {
	return strings.Trim(q, "\"“”'‘’ ,.!?")
}

// TestEnglishQuotes scores Extract on the English quotation cases of the
// corpus (textacy's tests): each gold quotation must come out as a direct
// attribution holding the quoted words with the right speaker, and quoted
// titles must not.
func TestEnglishQuotes(t *testing.T) {
	f, err := os.Open(filepath.Join(corpusDir, "quotes", "textacy_en.jsonl"))
	if err != nil {
		t.Skip("corpus not found: ", err)
	}
	defer f.Close()
	total, right := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var tc textacyCase
		if err := json.Unmarshal(sc.Bytes(), &tc); err != nil {
			t.Fatal(err)
		}
		ex := Extract(tc.Text, Options{Language: "en"})
		checkInvariants(t, tc.Text, ex)
		if len(tc.Quotes) == 0 {
			total++
			ok := true
			for _, c := range ex.Claims {
				if c.Kind == KindAttribution && c.Direct {
					ok = false
					t.Logf("%s: Extract(%q) = direct quote %q, want none (a title)", tc.ID, tc.Text, c.Quote)
				}
			}
			if ok {
				right++
			}
			continue
		}
		for _, q := range tc.Quotes {
			total++
			found := false
			for _, c := range ex.Claims {
				if c.Kind != KindAttribution || !speakerMatches(tc.Text, c.Speaker, q.Speaker) {
					continue
				}
				if q.Quote == nil || c.Direct && strings.Contains(c.Quote, stripQuote(*q.Quote)) {
					found = true
				}
			}
			if found {
				right++
			} else {
				t.Logf("%s: Extract(%q): no attribution to %q of %v; got %s", tc.ID, tc.Text, q.Speaker, q.Quote, dump(ex.Claims))
			}
		}
	}
	rate := float64(right) / float64(total)
	t.Logf("English quotations: %d of %d right (%.2f)", right, total, rate)
	if rate < englishFloor {
		t.Errorf("English quotation rate = %.2f, want at least %.2f", rate, englishFloor)
	}
}

// englishFloor is the rate TestEnglishQuotes must keep.
const englishFloor = 0.9

func TestExtractEnglish(t *testing.T) {
	tests := []struct {
		text  string
		wants []want
	}{
		{`"We will not raise taxes," Governor Maria Lopez said on Tuesday.`,
			[]want{{kind: KindAttribution, anchor: "raise taxes", speaker: "Maria Lopez", direct: yes}}},
		{`Senator Paul Grant told reporters: "The bill is dead."`,
			[]want{{kind: KindAttribution, anchor: "bill is dead", speaker: "Paul Grant", direct: yes}}},
		{`According to the Labor Department, the economy added 150,000 jobs in March.`,
			[]want{{kind: KindAttribution, anchor: "150,000 jobs", speaker: "Labor Department", direct: no}}},
		{`The mayor said that the bridge would reopen in May.`,
			[]want{{kind: KindAttribution, anchor: "bridge would reopen", direct: no}}},
		{`Officials said the fire started in a kitchen. "It spread very fast," they added.`,
			[]want{{kind: KindAttribution, anchor: "spread very fast", direct: yes}}},
		{`"We are investing in schools," Mayor Dana Whitfield, 52, said after the vote.`,
			[]want{
				{kind: KindAttribution, anchor: "investing in schools", speaker: "Dana Whitfield", direct: yes},
				{kind: KindAge, anchor: "Dana Whitfield, 52,", person: "Dana Whitfield", age: 52},
			}},
		{`Finance director Tom Hardy said the city expects $96 million in property taxes.`,
			[]want{{kind: KindAttribution, anchor: "$96 million", speaker: "Tom Hardy", text: "Tom Hardy: The city expects $96 million in property taxes."}}},
		{`Mayor Claire Dawson, 54, called it "a budget of common sense".`,
			[]want{{kind: KindAttribution, anchor: "common sense", direct: yes,
				text: `Mayor Claire Dawson, 54, called it "a budget of common sense".`}}},
		{`Farm exports rose by a third, according to the chamber of commerce.`,
			[]want{{kind: KindAttribution, anchor: "Farm exports", speaker: "chamber of commerce"}}},
		{`Economists polled by Reuters had forecast 140,000 new jobs.`,
			[]want{{kind: KindNumber, anchor: "140,000 new jobs", value: 140000, unit: "jobs"}}},
		{`The economy added 150,000 jobs in March.`,
			[]want{{kind: KindNumber, anchor: "150,000 jobs", value: 150000, unit: "jobs"}}},
		{`German Chancellor Olaf Scholz said on Tuesday that the government would cut energy taxes.`,
			[]want{{kind: KindAttribution, anchor: "energy taxes", speaker: "Olaf Scholz", text: "Olaf Scholz: The government would cut energy taxes."}}},
		{`The finance ministry, however, warned that the budget gap could widen to 17 billion euros.`,
			[]want{{kind: KindAttribution, anchor: "budget gap", speaker: "finance ministry",
				text: "Finance ministry: The budget gap could widen to 17 billion euros."}}},
		{`According to the statistics office, inflation fell. Opposition leader Friedrich Merz called the plan "a drop in the ocean".`,
			[]want{{kind: KindAttribution, anchor: "drop in the ocean", speaker: "Friedrich Merz", cue: "called", direct: yes,
				text: `Opposition leader Friedrich Merz called the plan "a drop in the ocean".`}}},
		{`The senator described the bill as "reckless".`,
			[]want{{kind: KindAttribution, anchor: "reckless", speaker: "senator", cue: "described"}}},
		{`WASHINGTON (Reuters) - The economy added 254,000 jobs in September, far more than economists had expected, the Labor Department said on Friday.`,
			[]want{{kind: KindAttribution, anchor: "254,000 jobs", speaker: "Labor Department", cue: "said",
				text: "Labor Department: The economy added 254,000 jobs in September, far more than economists had expected"}}},
		{`The unemployment rate fell to 4.1%, the department said.`,
			[]want{{kind: KindAttribution, anchor: "4.1%", speaker: "department", cue: "said"}}},
		{`"This is a very strong report," said Jane Foley, senior strategist at Rabobank in London.`,
			[]want{{kind: KindAttribution, anchor: "strong report", speaker: "Jane Foley", direct: yes,
				text: `Jane Foley: "This is a very strong report,"`}}},
		{`Treasury Secretary Janet Yellen told CNBC the numbers showed a resilient labor market.`,
			[]want{{kind: KindAttribution, anchor: "resilient", speaker: "Janet Yellen",
				text: "Janet Yellen: The numbers showed a resilient labor market."}}},
		{`According to the Labor Department, the economy added 150,000 jobs in March.`,
			[]want{{kind: KindAttribution, anchor: "150,000 jobs", speaker: "Labor Department", cue: "According to"}}},
		{`"The situation is critical in several towns," regional president Juanma Moreno told local radio.`,
			[]want{{kind: KindAttribution, anchor: "critical", speaker: "Juanma Moreno", direct: yes,
				text: `Juanma Moreno: "The situation is critical in several towns,"`}}},
		{`Spain's weather agency Aemet issued a red alert. It warned that heavy rain could fall within 12 hours.`,
			[]want{{kind: KindAttribution, anchor: "heavy rain", speaker: "Spain's weather agency Aemet"}}},
		{`Prime Minister Pedro Sánchez urged residents to follow the advice of emergency services.`,
			[]want{{kind: KindAttribution, anchor: "residents", speaker: "Pedro Sánchez",
				text: "Prime Minister Pedro Sánchez urged residents to follow the advice of emergency services."}}},
		{`He told me nothing. She told the court she was innocent.`,
			[]want{{kind: KindAttribution, anchor: "innocent", text: "She told the court she was innocent."}}},
		{`China is the region's largest trading partner.`,
			[]want{{kind: KindTrade, anchor: "trading partner", subject: "China", partner: "region", text: "China is the region's largest trading partner."}}},
	}
	for _, tt := range tests {
		checkExtract(t, "en", tt.text, tt.wants, nil, nil)
	}
}
