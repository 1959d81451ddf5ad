package nl.samenspel.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The corpus of bad inputs for the hub (issue 12): every case a request with the refusal it must
 * get (status, and the field or bound the answer names) and the personal values planted in it,
 * which may appear nowhere: not in the answer, the log or the data directory. Generated from one
 * valid line per kind of file and a list of mutations, so a new kind gets every mutation.
 */
final class Corpus {

    /** A valid BSN (elfproef), a client's name, a birth date and an address: planted, and never to be seen again. */
    static final String BSN = "123456782";
    static final String BSN2 = "111222333";
    static final String NAAM = "Jansen-de Vries";
    static final String GEBOORTEDATUM = "2009-04-17";
    static final String ADRES = "Kerkstraat 12";
    static final List<String> PERSOONLIJK = List.of(BSN, BSN2, NAAM, ADRES);

    /** One request and what must come back. {@code genoemd}: a text the answer must contain (a field, a bound, a place). */
    record Geval(String naam, String methode, String pad, String contentType, byte[] body, int status, String genoemd, List<String> geplant) {
        @Override
        public String toString() {
            return naam;
        }
    }

    /** A kind of file: its module path, columns, one valid line, and which columns are dates, whole numbers and codes. */
    record Soort(String module, String soort, List<String> kolommen, List<String> regel, String datum, String getal, String code) {
        String pad() {
            return module + "/imports/" + soort;
        }
    }

    private static final String PSEUDONIEM = "a".repeat(64);

    static final List<Soort> SOORTEN = List.of(
            new Soort("jeugdhulp", "aanbieders", List.of("agb", "naam"), List.of("12345678", "Zorg BV"), null, null, "agb"),
            new Soort("jeugdhulp", "producten", List.of("categorie", "code", "omschrijving", "eenheid", "uitvoeringsvariant", "inkoop"),
                    List.of("45", "45A01", "Jeugdhulp", "14", "inspanningsgericht", "regionaal"), null, null, "uitvoeringsvariant"),
            new Soort("jeugdhulp", "tarieven", List.of("categorie", "code", "ingangsdatum", "tarief"), List.of("45", "45A01", "2016-01-01", "1000"),
                    "ingangsdatum", "tarief", "categorie"),
            new Soort("jeugdhulp", "contracten", List.of("agb", "jaar", "budgetplafond"), List.of("12345678", "2016", "100000"), null,
                    "budgetplafond", "agb"),
            new Soort("jeugdhulp", "budgetten", List.of("gemeente", "jaar", "totaal", "regionaal", "lokaal"),
                    List.of("0148", "2016", "1000", "600", "400"), null, "totaal", "gemeente"),
            new Soort("jeugdhulp", "toewijzingen", List.of("gemeente", "toewijzingnummer", "agb", "categorie", "productcode", "ingangsdatum", "client"),
                    List.of("0148", "1", "12345678", "45", "45A01", "2016-01-01", PSEUDONIEM), "ingangsdatum", "toewijzingnummer", "gemeente"),
            new Soort("jeugdhulp", "start-zorg", List.of("gemeente", "toewijzingnummer", "begindatum"), List.of("0148", "1", "2016-01-04"),
                    "begindatum", "toewijzingnummer", "gemeente"),
            new Soort("jeugdhulp", "stop-zorg", List.of("gemeente", "toewijzingnummer", "einddatum", "reden"), List.of("0148", "1", "2016-06-30", "01"),
                    "einddatum", "toewijzingnummer", "gemeente"),
            new Soort("jeugdhulp", "declaraties", List.of("gemeente", "toewijzingnummer", "declaratienummer", "begindatum", "einddatum", "bedrag",
                    "debetcredit"), List.of("0148", "1", "D1", "2016-01-01", "2016-01-31", "1000", "D"), "begindatum", "bedrag", "gemeente"),
            new Soort("beschermd-wonen", "voorzieningen", List.of("code", "naam", "agb", "vestigingsgemeente", "soort", "capaciteit", "ingangsdatum"),
                    List.of("BW1", "Huis", "12345678", "0193", "intramuraal", "10", "2016-01-01"), "ingangsdatum", "capaciteit", "vestigingsgemeente"),
            new Soort("beschermd-wonen", "aanmeldingen", List.of("herkomstgemeente", "aanmeldingnummer", "datum", "vorm", "client"),
                    List.of("0193", "1", "2016-01-01", "intramuraal", PSEUDONIEM), "datum", "aanmeldingnummer", "herkomstgemeente"),
            new Soort("beschermd-wonen", "plaatsingen", List.of("herkomstgemeente", "plaatsingnummer", "voorziening", "vorm", "ingangsdatum", "tarief",
                    "tariefeenheid", "client"), List.of("0193", "1", "BW1", "intramuraal", "2016-01-01", "1000", "dag", PSEUDONIEM), "ingangsdatum",
                    "tarief", "herkomstgemeente"));

    private Corpus() {
    }

    /** Every case of the file imports: each kind of file with each mutation that applies to it. */
    static List<Geval> bestanden() {
        List<Geval> uit = new ArrayList<>();
        for (Soort s : SOORTEN) {
            String k = s.soort() + ": ";
            uit.add(csv(k + "ontbrekende kolom", s, s.kolommen().subList(1, s.kolommen().size()), List.of(s.regel().subList(1, s.regel().size())),
                    422, s.kolommen().get(0)));
            uit.add(csv(k + "onbekende kolom", s, plus(s.kolommen(), "opmerking"), List.of(plus(s.regel(), "x")), 422,
                    "onbekende kolom")); // named by its position: a header without a header row would otherwise echo data
            uit.add(csv(k + "BSN in een codeveld", s, s.kolommen(), List.of(met(s, s.code(), BSN)), 422, s.code(), BSN));
            uit.add(csv(k + "naam in een codeveld", s, s.kolommen(), List.of(met(s, s.code(), NAAM)), 422, s.code(), NAAM));
            uit.add(csv(k + "adres in een codeveld", s, s.kolommen(), List.of(met(s, s.code(), ADRES)), 422, s.code(), ADRES));
            if (s.datum() != null) {
                uit.add(csv(k + "datum in de verkeerde vorm", s, s.kolommen(), List.of(met(s, s.datum(), "31-01-2016")), 422, s.datum()));
                uit.add(csv(k + "datum die niet bestaat", s, s.kolommen(), List.of(met(s, s.datum(), "2016-02-30")), 422, s.datum()));
                uit.add(csv(k + "geboortedatum in een datumveld", s, s.kolommen(), List.of(met(s, s.datum(), GEBOORTEDATUM + "x")), 422, s.datum(),
                        GEBOORTEDATUM));
            }
            if (s.getal() != null) {
                uit.add(csv(k + "bedrag met decimalen", s, s.kolommen(), List.of(met(s, s.getal(), "12.50")), 422, s.getal()));
                uit.add(csv(k + "getal met exponent", s, s.kolommen(), List.of(met(s, s.getal(), "1e999999999")), 422, s.getal()));
                uit.add(csv(k + "getal buiten elk bereik", s, s.kolommen(), List.of(met(s, s.getal(), "99999999999999999999999")), 422, s.getal()));
                uit.add(csv(k + "BSN in een getalveld", s, s.kolommen(), List.of(met(s, s.getal(), BSN2 + "0000")), 422, s.getal(), BSN2));
            }
            uit.add(geval(k + "geen UTF-8", s, latin1(s), 422, "UTF-8"));
            uit.add(csv(k + "kapot aanhalingsteken", s, s.kolommen(), List.of(met(s, s.code(), "\"open")), 422, "regel"));
            uit.add(csv(k + "te veel velden", s, s.kolommen(), List.of(plus(s.regel(), "over")), 422, "regel 2"));
            uit.add(csv(k + "te lange regel", s, s.kolommen(), List.of(met(s, s.code(), "x".repeat(20_000))), 422, "csvRegellengte"));
            uit.add(csv(k + "kopregel met 150 kolommen", s, veelKolommen(s, 150), List.of(s.regel()), 422, "csvVelden"));
            uit.add(csv(k + "dubbele kolom", s, plus(s.kolommen(), s.kolommen().get(0)), List.of(plus(s.regel(), s.regel().get(0))), 422, "kopregel"));
            uit.add(geval(k + "komma's in plaats van puntkomma's", s, (String.join(",", s.kolommen()) + "\n" + String.join(",", s.regel()) + "\n")
                    .getBytes(StandardCharsets.UTF_8), 422, "kopregel"));
            uit.add(geval(k + "willekeurige bytes", s, ruis(4096, s.soort().hashCode()), 422, "bestand"));
            uit.add(geval(k + "lege body", s, new byte[0], 400, "body"));
            uit.add(csv(k + "kolom bsn (privacy, niet gelezen)", s, plus(s.kolommen(), "bsn"), List.of(plus(s.regel(), BSN)), 422, "privacy", BSN));
            uit.add(csv(k + "kolom geboortedatum (privacy)", s, plus(s.kolommen(), "geboortedatum"), List.of(plus(s.regel(), GEBOORTEDATUM)), 422,
                    "privacy"));
            uit.add(csv(k + "kolommen achternaam en adres (privacy)", s, plus(plus(s.kolommen(), "achternaam"), "adres"),
                    List.of(plus(plus(s.regel(), NAAM), ADRES)), 422, "privacy", NAAM, ADRES));
            uit.add(geval(k + "iJw-bericht (privacy, niet gelezen)", s, jw301().getBytes(StandardCharsets.UTF_8), 422, "privacy", BSN, NAAM));
            uit.add(geval(k + "billion laughs (privacy, niet gelezen)", s, lachsalvo().getBytes(StandardCharsets.UTF_8), 422, "privacy"));
            uit.add(geval(k + "ZIP (privacy, niet gelezen)", s, zip("jw301-" + BSN + ".xml", jw301().getBytes(StandardCharsets.UTF_8)), 422,
                    "privacy", BSN, NAAM));
            uit.add(geval(k + "ZIP-bom (privacy, niet gelezen)", s, bom(), 422, "privacy"));
            uit.add(new Geval(k + "bestandsnaam met een BSN", "POST", s.pad() + "?bestand=client-" + BSN + ".csv", "text/csv",
                    tekst(s.kolommen(), List.of(met(s, s.code(), "?"))), 422, s.code(), List.of(BSN)));
            uit.add(new Geval(k + "onbekende queryparameter", "POST", s.pad() + "?bestandje=x.csv", "text/csv", tekst(s.kolommen(),
                    List.of(s.regel())), 400, "bestandje", List.of()));
        }
        for (String module : List.of("jeugdhulp", "beschermd-wonen")) {
            uit.add(new Geval(module + ": onbekende soort", "POST", module + "/imports/clienten", "text/csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8),
                    404, "soort", List.of()));
            uit.add(new Geval(module + ": importlogboek met een onzinnummer", "GET", module + "/imports/" + BSN + "999", null, null, 400, "id",
                    List.of(BSN)));
            uit.add(new Geval(module + ": importlogboek met tekst als nummer", "GET", module + "/imports/abc", null, null, 400, "id", List.of()));
            uit.add(new Geval(module + ": aantal buiten bereik", "GET", module + "/imports?aantal=0", null, null, 400, "aantal", List.of()));
            uit.add(new Geval(module + ": aantal als BSN", "GET", module + "/imports?aantal=" + BSN, null, null, 400, "aantal", List.of(BSN)));
        }
        return uit;
    }

    /** JSON request bodies (an equalization run) and query parameters of the hub's reading endpoints. */
    static List<Geval> verzoeken() {
        String model = "{\"familie\":\"band\",\"band\":0.05,\"gewichten\":{\"inwoners\":1}}";
        String begin = "{\"regio\":\"jeugdhulp-ijsselland\",\"jaar\":2016,";
        List<Geval> uit = new ArrayList<>();
        uit.add(json("JSON: geen JSON", "regio=jeugdhulp-ijsselland&jaar=2016", 400, "body"));
        uit.add(json("JSON: afgebroken", begin, 400, "body"));
        uit.add(json("JSON: tekst na het einde", begin + "\"modelbestand\":true} {", 400, "body"));
        uit.add(json("JSON: onbekend veld", begin + "\"modelbestnd\":true}", 400, "modelbestnd"));
        uit.add(json("JSON: onbekend veld met een BSN", begin + "\"modelbestand\":true,\"bsn\":\"" + BSN + "\"}", 400, "bsn", BSN));
        uit.add(json("JSON: naam als regio", "{\"regio\":\"" + NAAM + "\",\"jaar\":2016,\"modelbestand\":true}", 400, "regio", NAAM));
        uit.add(json("JSON: BSN als jaar", "{\"regio\":\"jeugdhulp-ijsselland\",\"jaar\":\"" + BSN + "\",\"modelbestand\":true}", 400, "jaar",
                BSN));
        uit.add(json("JSON: dubbel veld", begin + "\"jaar\":2017,\"modelbestand\":true}", 400, "body"));
        uit.add(json("JSON: 40 niveaus diep", begin + "\"model\":" + "[".repeat(40) + "]".repeat(40) + "}", 400, "jsonDiepte"));
        uit.add(json("JSON: lijst van 20.000", begin + "\"modelbestand\":true,\"leden\":[" + "1,".repeat(19_999) + "1]}", 400, "jsonLijst"));
        uit.add(json("JSON: tekst van 20.000 tekens", begin + "\"modelbestand\":true,\"naam\":\"" + "x".repeat(20_000) + "\"}", 400, "jsonTekst"));
        uit.add(json("JSON: 2 MiB", begin + "\"modelbestand\":true,\"leden\":[" + "{},".repeat(700_000) + "{}]}", 413, "jsonBytes"));
        uit.add(json("JSON: getal van 100 cijfers", begin + "\"model\":" + model.replace("0.05", "0." + "1".repeat(100)) + "}", 400,
                "decimaal"));
        uit.add(json("JSON: band 1e999999999", begin + "\"model\":" + model.replace("0.05", "\"1e999999999\"") + "}", 400, "band"));
        uit.add(json("JSON: band 1e99", begin + "\"model\":" + model.replace("0.05", "1e99") + "}", 400, "band"));
        uit.add(json("JSON: band groter dan 1", begin + "\"model\":" + model.replace("0.05", "1.5") + "}", 400, "bovenEenToegestaan"));
        // zero written with a huge exponent is zero, read without arithmetic on the exponent; this hub has no budgets, so the members are named
        uit.add(json("JSON: 0E-2147483647", begin + "\"model\":" + model.replace("0.05", "0E-2147483647") + "}", 400, "leden"));
        uit.add(json("JSON: model met onbekend veld", begin + "\"model\":" + model.replace("\"familie\"", "\"famlie\"") + "}", 400, "famlie"));
        uit.add(json("JSON: lid met een BSN-veld", begin + "\"model\":" + model + ",\"leden\":[{\"gemeente\":\"0148\",\"budget\":1,\"bsn\":\""
                + BSN + "\"}]}", 400, "bsn", BSN));
        uit.add(json("JSON: bedrag met decimalen", begin + "\"model\":" + model + ",\"leden\":[{\"gemeente\":\"0148\",\"budget\":12.5}]}",
                400, "budget"));
        uit.add(json("JSON: lege body", "", 400, "JSON-object"));
        for (String pad : List.of("jeugdhulp/monitoring/budgetten", "jeugdhulp/monitoring/plafonds", "beschermd-wonen/monitoring/kosten",
                "beschermd-wonen/monitoring/spreiding")) {
            uit.add(vraag(pad + ": jaar is tekst", pad + "?jaar=abc", 400, "jaar"));
            uit.add(vraag(pad + ": jaar is een BSN", pad + "?jaar=" + BSN, 400, "jaar", BSN));
            uit.add(vraag(pad + ": onbekende parameter", pad + "?jaar=2016&client=" + BSN, 400, "client", BSN));
            uit.add(vraag(pad + ": parameternaam is een BSN", pad + "?jaar=2016&" + BSN + "=1", 400, "weggelaten", BSN));
        }
        uit.add(vraag("leden: datum die niet bestaat", "regios/jeugdhulp-ijsselland/leden?peildatum=2016-02-30", 400, "peildatum"));
        uit.add(vraag("leden: geboortedatum-achtige tekst", "regios/jeugdhulp-ijsselland/leden?peildatum=" + GEBOORTEDATUM + "x", 400, "peildatum",
                GEBOORTEDATUM));
        uit.add(vraag("gemeente: BSN als code", "gemeenten/" + BSN, 400, "code", BSN));
        uit.add(vraag("toewijzingen: BSN als gemeente", "jeugdhulp/toewijzingen?gemeente=" + BSN + "&jaar=2016", 400, "gemeente", BSN));
        uit.add(vraag("toewijzingen: jaar en periode samen", "jeugdhulp/toewijzingen?gemeente=0148&jaar=2016&van=2016-01-01", 400, "jaar"));
        uit.add(vraag("plaatsingen: geboortedatum-achtige periode", "beschermd-wonen/plaatsingen?van=" + GEBOORTEDATUM + "x", 400, "van",
                GEBOORTEDATUM));
        uit.add(vraag("plaatsingen: pagina te groot", "beschermd-wonen/plaatsingen?aantal=1001", 400, "aantal"));
        uit.add(vraag("vereveningen: run-nummer is een BSN", "vereveningen/" + BSN + "x", 400, "id", BSN));
        uit.add(vraag("vereveningen: onbekend formaat", "vereveningen/1?format=pdf", 400, "format"));
        return uit;
    }

    private static Geval json(String naam, String body, int status, String genoemd, String... geplant) {
        return new Geval(naam, "POST", "vereveningen", "application/json", body.getBytes(StandardCharsets.UTF_8), status, genoemd, List.of(geplant));
    }

    private static Geval vraag(String naam, String pad, int status, String genoemd, String... geplant) {
        return new Geval(naam, "GET", pad, null, null, status, genoemd, List.of(geplant));
    }

    /** A broken file of the regional configuration: written over the original, reloaded, refused, restored. */
    record Configgeval(String naam, String bestand, byte[] inhoud, String genoemd) {
        @Override
        public String toString() {
            return naam;
        }
    }

    /** The regional-config cases: each must be refused whole by a reload, naming the file, while the previous register stays. */
    static List<Configgeval> configuratie() {
        String regio = "regios/jeugdhulp-ijsselland.json";
        String begin = "{\"id\":\"jeugdhulp-ijsselland\",\"naam\":\"x\",\"domein\":\"jeugdhulp\",\"penvoerder\":\"0193\",\"leden\":[";
        return List.of(
                new Configgeval("gemeenten: code van vijf cijfers", "gemeenten.csv", utf8("code,naam,oin\n01480,Dalfsen,00000099000000148000\n"),
                        "gemeenten.csv"),
                new Configgeval("gemeenten: geen UTF-8", "gemeenten.csv", "code,naam,oin\n0148,Dalfs\u00e9n,00000099000000148000\n"
                        .getBytes(StandardCharsets.ISO_8859_1), "gemeenten.csv"),
                new Configgeval("gemeenten: kolom code ontbreekt", "gemeenten.csv", utf8("naam,oin\nDalfsen,00000099000000148000\n"), "gemeenten.csv"),
                new Configgeval("gemeenten: willekeurige bytes", "gemeenten.csv", ruis(2048, 7), "gemeenten.csv"),
                new Configgeval("kerncijfers: negatief aantal inwoners", "kerncijfers.csv", utf8("gemeente,jaar,inwoners,jeugdigen\n0148,2016,-5,1\n"),
                        "kerncijfers.csv"),
                new Configgeval("kerncijfers: tekst als jaar", "kerncijfers.csv", utf8("gemeente,jaar,inwoners,jeugdigen\n0148,twintig,5,1\n"),
                        "kerncijfers.csv"),
                new Configgeval("regio: afgebroken JSON", regio, utf8(begin), regio),
                new Configgeval("regio: 5000 niveaus diep", regio, utf8("[".repeat(5000) + "]".repeat(5000)), regio),
                new Configgeval("regio: groter dan jsonBytes", regio, utf8(begin + "{\"gemeente\":\"0148\",\"van\":\"2015-01-01\",\"toelichting\":\""
                        + "x".repeat(2 << 20) + "\"}]}"), "jsonBytes"),
                new Configgeval("regio: onbekend veld", regio, utf8(begin + "{\"gemeente\":\"0148\",\"van\":\"2015-01-01\"}],\"bsn\":\"" + BSN + "\"}"),
                        regio),
                new Configgeval("regio: onbekende gemeente", regio, utf8(begin + "{\"gemeente\":\"9999\",\"van\":\"2015-01-01\"}]}"), regio),
                new Configgeval("regio: datum die niet bestaat", regio, utf8(begin + "{\"gemeente\":\"0148\",\"van\":\"2015-13-01\"}]}"), regio),
                new Configgeval("regio: id past niet bij de bestandsnaam", regio, utf8(begin.replace("\"jeugdhulp-ijsselland\"", "\"andere\"")
                        + "{\"gemeente\":\"0148\",\"van\":\"2015-01-01\"}]}"), regio),
                new Configgeval("regio: tot voor van", regio, utf8(begin + "{\"gemeente\":\"0148\",\"van\":\"2016-01-01\",\"tot\":\"2015-01-01\"}]}"),
                        regio));
    }

    /** Broken model files of the equalization: a run with {@code modelbestand: true} must refuse them, naming the file and field. */
    static List<Configgeval> modelbestanden() {
        String bestand = "verevening/jeugdhulp-ijsselland/2016.json";
        String model = "{\"naam\":\"m\",\"familie\":\"band\",\"band\":0.05,\"plafond\":0.10,\"gewichten\":{\"inwoners\":0.5,\"jeugdigen\":0.5}}";
        return List.of(
                new Configgeval("model: band 1e999999999", bestand, utf8(model.replace("0.05", "\"1e999999999\"")), "band"),
                new Configgeval("model: plafond boven 1", bestand, utf8(model.replace("0.10", "1.10")), "bovenEenToegestaan"),
                new Configgeval("model: 120 cijfers achter de komma", bestand, utf8(model.replace("0.05", "0." + "5".repeat(120))), "decimaal"),
                new Configgeval("model: onbekend veld met een BSN", bestand, utf8(model.replace("\"familie\"", "\"bsn\":\"" + BSN
                        + "\",\"familie\"")), "bsn"),
                new Configgeval("model: 50 niveaus diep", bestand, utf8("[".repeat(50) + "]".repeat(50)), "jsonDiepte"),
                new Configgeval("model: afgebroken", bestand, utf8(model.substring(0, 40)), bestand),
                new Configgeval("model: groter dan jsonBytes", bestand, utf8(model.replace("{\"naam\"", "{\"extra\":{" + velden(120_000)
                        + "},\"naam\"")), "jsonBytes"));
    }

    /** {@code "v0":0,"v1":0,...}: an object of many fields, larger than a megabyte without a long array or string. */
    private static String velden(int aantal) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < aantal; i++) {
            sb.append(i == 0 ? "" : ",").append("\"v").append(i).append("\":0");
        }
        return sb.toString();
    }

    private static byte[] utf8(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }

    private static Geval csv(String naam, Soort s, List<String> kop, List<List<String>> regels, int status, String genoemd, String... geplant) {
        return new Geval(naam, "POST", s.pad(), "text/csv", tekst(kop, regels), status, genoemd, List.of(geplant));
    }

    private static Geval geval(String naam, Soort s, byte[] body, int status, String genoemd, String... geplant) {
        return new Geval(naam, "POST", s.pad(), "application/octet-stream", body, status, genoemd, List.of(geplant));
    }

    static byte[] tekst(List<String> kop, List<List<String>> regels) {
        StringBuilder sb = new StringBuilder(String.join(";", kop)).append('\n');
        regels.forEach(r -> sb.append(String.join(";", r)).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> plus(List<String> lijst, String nog) {
        List<String> uit = new ArrayList<>(lijst);
        uit.add(nog);
        return uit;
    }

    private static List<String> met(Soort s, String kolom, String waarde) {
        List<String> uit = new ArrayList<>(s.regel());
        uit.set(s.kolommen().indexOf(kolom), waarde);
        return uit;
    }

    private static List<String> veelKolommen(Soort s, int aantal) {
        List<String> uit = new ArrayList<>(s.kolommen());
        for (int i = uit.size(); i < aantal; i++) {
            uit.add("k" + i);
        }
        return uit;
    }

    private static byte[] latin1(Soort s) {
        return (String.join(";", s.kolommen()) + "\n" + String.join(";", met(s, s.code(), "café")) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] ruis(int lengte, long zaad) {
        byte[] uit = new byte[lengte];
        new java.util.Random(zaad).nextBytes(uit);
        uit[0] = 0x01; // neither a ZIP header nor an XML start: read as CSV
        return uit;
    }

    /** A JW301 message with a BSN, a name and an address: personal data the hub must never read. */
    static String jw301() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Bericht xmlns=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\"><Client><Bsn>" + BSN
                + "</Bsn><Naam><Geslachtsnaam>" + NAAM + "</Geslachtsnaam></Naam><Adres>" + ADRES + "</Adres></Client></Bericht>";
    }

    static String lachsalvo() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        return sb.append("]><Bericht>&lol9;</Bericht>").toString();
    }

    static byte[] zip(String naam, byte[] inhoud) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.putNextEntry(new ZipEntry(naam));
            zip.write(inhoud);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }

    private static byte[] bom;

    /** 200 MB of zeros in one entry, about 200 KB compressed; made once. */
    static synchronized byte[] bom() {
        if (bom == null) {
            bom = maakBom();
        }
        return bom;
    }

    private static byte[] maakBom() {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(uit)) {
            zip.putNextEntry(new ZipEntry("jw301.xml"));
            byte[] nullen = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(nullen);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toByteArray();
    }
}
