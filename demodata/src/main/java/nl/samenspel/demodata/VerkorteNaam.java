package nl.samenspel.demodata;

/** The short name (CDT_VerkorteNaam) JW305 and JW307 require, invented like all personalia. */
final class VerkorteNaam {

    private VerkorteNaam() {
    }

    static void schrijf(XmlBouwer xml, String bsn) {
        xml.open("Naam")
                .openBasis("Geslachtsnaam").bladBasis("Achternaam", Personalia.GESLACHTSNAAM).sluit()
                .bladBasis("Voorletters", Personalia.van(bsn).voorletter())
                .sluit();
    }
}
