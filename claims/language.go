package claims

// Function words that are frequent in one language and rare in the other.
var (
	germanMarkers  = words(`der die das und ist nicht sich mit den von zu dem auf für ein eine auch im wird sind des bei nach sei dass wurde`)
	englishMarkers = words(`the and of to is that for was on with he it as are said by from has have were this which`)
)

// detectSample is how many bytes of a text DetectLanguage reads at most.
const detectSample = 64 << 10

// DetectLanguage guesses whether text is German ("de") or English ("en")
// from the function words in its first 64 KiB. Text without any of them is
// taken as German, factdesk's main language.
func DetectLanguage(text string) string {
	n := min(len(text), detectSample)
	de, en := 0, 0
	var buf [8]byte
	for i := 0; i < n; {
		if !isASCIIAlnum(text[i]) {
			i++
			continue
		}
		j := i
		for j < n && isASCIIAlnum(text[j]) {
			j++
		}
		if j-i <= len(buf) && (j == n || text[j] < 0x80) {
			w := buf[:j-i]
			for k := range w {
				c := text[i+k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				w[k] = c
			}
			if germanMarkers.has(string(w)) {
				de++
			}
			if englishMarkers.has(string(w)) {
				en++
			}
		}
		for j < n && text[j] >= 0x80 {
			j++
		}
		i = j
	}
	if en > de {
		return "en"
	}
	return "de"
}
