package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A reproducible youth-care dataset for regio IJsselland, 2015-2017: what was contracted,
 * allocated, started, stopped and declared, and the budgets. The same seed and size always
 * give the same data, byte for byte in the files.
 */
public final class JeugdhulpDemo {

    private final Catalogus catalogus;
    private final Tariefkalender tarieven;
    private final List<Toewijzing> toewijzingen;
    private final List<Declaratieregel> declaraties;
    private final List<Contract> contracten;
    private final List<Budget> budgetten;

    private JeugdhulpDemo(Catalogus catalogus, Tariefkalender tarieven, List<Toewijzing> toewijzingen,
            List<Declaratieregel> declaraties, List<Contract> contracten, List<Budget> budgetten) {
        this.catalogus = catalogus;
        this.tarieven = tarieven;
        this.toewijzingen = List.copyOf(toewijzingen);
        this.declaraties = List.copyOf(declaraties);
        this.contracten = List.copyOf(contracten);
        this.budgetten = List.copyOf(budgetten);
    }

    public static JeugdhulpDemo genereer(long seed, int aantalToewijzingen) {
        if (aantalToewijzingen < 1 || aantalToewijzingen > 1_000_000) {
            throw new IllegalArgumentException("aantalToewijzingen must be 1..1000000: " + aantalToewijzingen);
        }
        Toeval toeval = new Toeval(seed);
        Catalogus catalogus = new Catalogus(toeval);
        Tariefkalender tarieven = new Tariefkalender(catalogus);
        List<Toewijzing> toewijzingen = new ToewijzingGenerator(toeval, catalogus, tarieven).genereer(aantalToewijzingen);
        List<Declaratieregel> declaraties = new DeclaratieGenerator(toeval, catalogus, tarieven).genereer(toewijzingen);
        Plafonds plafonds = new Plafonds(toeval);
        List<Contract> contracten = plafonds.contracten(catalogus.aanbieders(), declaraties);
        List<Budget> budgetten = plafonds.budgetten(declaraties, catalogus);
        return new JeugdhulpDemo(catalogus, tarieven, toewijzingen, declaraties, contracten, budgetten);
    }

    public List<Aanbieder> aanbieders() {
        return catalogus.aanbieders();
    }

    public List<Product> producten() {
        return catalogus.producten();
    }

    /** Base tariffs from 2014-01-01, open-ended; the cuts come on top via {@link #kortingen()}. */
    public List<Tarief> basistarieven() {
        return catalogus.basistarieven();
    }

    /** The tariff cuts in the order a loader must apply them. */
    public List<Tariefkorting> kortingen() {
        return Tariefkalender.KORTINGEN;
    }

    /** The tariff in force on {@code dag} after all cuts up to that day. */
    public long tariefOp(String categorie, String code, LocalDate dag) {
        return tarieven.tariefOp(categorie, code, dag);
    }

    public List<Contract> contracten() {
        return contracten;
    }

    public List<Budget> budgetten() {
        return budgetten;
    }

    public List<Toewijzing> toewijzingen() {
        return toewijzingen;
    }

    public List<Declaratieregel> declaraties() {
        return declaraties;
    }

    /** Writes the CSV files; with a key, toewijzingen.csv carries pseudonyms instead of BSNs. */
    public void schrijfCsv(Path map, byte[] sleutelOfNull) throws IOException {
        new JeugdhulpCsv(this).schrijf(map, sleutelOfNull);
    }

    /** Writes per gemeente ZIP archives of JW301, JW305, JW307 and JW323 messages. */
    public void schrijfXml(Path map) throws IOException {
        new JeugdhulpXml(this).schrijf(map);
    }

    /** HMAC-SHA256(key, ASCII of the BSN) as 64 lower-case hex characters. */
    public static String pseudoniem(byte[] sleutel, String bsn) {
        return Pseudoniem.van(sleutel, bsn);
    }

    /** Reads a Base64 key file; the key must have at least 32 bytes. */
    public static byte[] leesSleutel(Path bestand) throws IOException {
        return Pseudoniem.leesSleutel(bestand);
    }

    public static boolean elfproef(String bsn) {
        return Bsn.elfproef(bsn);
    }

    Product product(String categorie, String code) {
        return catalogus.product(categorie, code);
    }
}
