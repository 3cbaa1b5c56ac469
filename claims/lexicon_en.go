package claims

import "strings"

// english is the English lexicon.
var english = (&lexicon{
	determiners: words(`the a an his her their its this that these those our my your
		two three four several many some all both`),
	prepositions: words(`in on at to from with by for about of after before during since
		against into over under among between through without within per via`),
	pronouns: words(`he she they we it i you`),
	adverbs: words(`also then later again earlier previously today yesterday however
		still further repeatedly now`),
	conjunctions: words(`that because whether if when although while as since`),
	relatives:    words(`who which that whom whose`),
	subjunctive:  words(``),
	cues:         englishCues(),
	sources:      words(``),
	postSources:  words(``),
	finite: words(`is are was were has have had will would can could may might must shall
		should does did do says said`),
	groups: words(`police officials authorities spokesman spokeswoman officers prosecutors
		experts researchers residents witnesses analysts doctors investigators critics
		scientists lawmakers sources`),
	numberWords: map[string]float64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
		"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
		"hundred": 100, "thousand": 1000, "dozen": 12, "dozens": 12, "half": 0.5,
	},
	units: words(`percent per cent dollars dollar euros euro pounds cents points
		hour hours minute minutes second seconds day days week weeks month months year years
		decade decades people persons dead injured residents employees workers votes seats
		miles mile kilometers kilometres meters metres tons tonnes liters litres degrees
		million billion trillion cases soldiers children students homes flights passengers`),
	opinion: newPrefixList("i think", "i believe", "i feel", "in my opinion", "hopefully", "sadly"),
	months: map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
		"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	},
}).build()

// englishCues builds the forms of English reporting verbs.
func englishCues() map[string]cueVerb {
	m := make(map[string]cueVerb)
	for _, f := range strings.Fields(`say says said tell tells told add adds added
		explain explains explained insist insists insisted claim claims claimed state states
		stated announce announces announced argue argues argued ask asks asked note notes
		noted write writes wrote warn warns warned concede concedes conceded reply replies
		replied acknowledge acknowledges acknowledged admit admits admitted declare declares
		declared recall recalls recalled remark remarks remarked respond responds responded
		answer answers answered confirm confirms confirmed deny denies denied promise promises
		promised stress stresses stressed emphasize emphasizes emphasized report reports
		reported tweet tweets tweeted complain complains complained urge urges urged
		testify testifies testified predict predicts predicted`) {
		m[f] = cueVerb{}
	}
	for _, f := range strings.Fields(`think thinks thought believe believes believed hope
		hopes hoped fear fears feared expect expects expected`) {
		m[f] = cueVerb{thought: true}
	}
	return m
}
