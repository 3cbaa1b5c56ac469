package claims

// firstNames are common given names in German and English news. A given
// name followed by a capitalised word names a person: "Jonas Weber", "Dana
// Whitfield". The list is data, not a rule: add names as articles need them.
var firstNames = words(`
	Alexander Andreas Anna Annalena Anne Angela Anton Armin Barbara Ben Bernd Boris Christian
	Christina Christine Christoph Claudia Daniel David Dieter Elias Elisabeth Emma Emil Eva Felix
	Florian Frank Franz Friedrich Gerhard Gregor Hans Heike Heinrich Helmut Horst Hubert Ingrid
	Jan Jana Jens Joachim Johann Johanna Johannes Jonas Jörg Josef Julia Julian Jürgen Karin Karl
	Karl-Heinz Katharina Katrin Klaus Kevin Lars Lena Leon Leonie Lisa Lukas Manfred Manuela
	Marco Maria Marie Markus Martin Martina Matthias Max Maximilian Michael Michaela Monika Nadine
	Nancy Niklas Nina Norbert Olaf Oliver Paul Peter Petra Philipp Ralf Reiner Robert Sabine Sahra
	Sandra Sarah Sebastian Simon Sophie Stefan Stefanie Stephan Susanne Svenja Thomas Thorsten
	Tobias Ulrich Ulrike Ursula Uwe Volker Walter Werner Winfried Wolfgang Wladimir Xi Emmanuel
	Donald Joe Kamala Olena Wolodymyr Recep Giorgia Pedro Rishi Keir Narendra Benjamin Sergej
	Sergei Dmitri Jens-Peter Hans-Peter Karl-Theodor Friedrich-Wilhelm Markus Robert Christian
	Adam Alice Amanda Amy Andrew Anthony Barack Bill Bob Brian Charles Chris Daniel Dana Edward
	Elizabeth Emily Eric George Hillary James Jane Jennifer Jessica John Joseph Kate Laura Linda
	Mark Mary Matthew Michelle Mike Nancy Nick Patrick Paula Richard Sam Samuel Sara Steve Steven
	Susan Tom Tony William Anna Jack Harry Oscar Olivia Emma Sophia Liam Noah Ethan Grace Rachel
`)
