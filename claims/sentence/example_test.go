package sentence_test

import (
	"fmt"

	"github.com/factdesk/factdesk/claims/sentence"
)

func ExampleSplit() {
	text := "Die Inflation lag im Januar bei 2,9 Prozent. Das teilte das " +
		"Statistische Bundesamt am 9. Februar mit. „Die Lage bleibt angespannt.“ " +
		"Dr. Müller rechnet u. a. mit 1.000 Anfragen."
	for _, sp := range sentence.Split(text, "de") {
		fmt.Printf("%d-%d %s\n", sp.Start, sp.End, text[sp.Start:sp.End])
	}
	// Output:
	// 0-44 Die Inflation lag im Januar bei 2,9 Prozent.
	// 45-101 Das teilte das Statistische Bundesamt am 9. Februar mit.
	// 102-135 „Die Lage bleibt angespannt.“
	// 136-181 Dr. Müller rechnet u. a. mit 1.000 Anfragen.
}

func ExampleScanner() {
	text := "Markets rally\nStocks rose 3.5% on Monday. The U.S. Treasury was calm."
	var s sentence.Scanner
	s.Init(text, "en")
	for sp, ok := s.Scan(); ok; sp, ok = s.Scan() {
		fmt.Println(text[sp.Start:sp.End])
	}
	// Output:
	// Markets rally
	// Stocks rose 3.5% on Monday.
	// The U.S. Treasury was calm.
}
