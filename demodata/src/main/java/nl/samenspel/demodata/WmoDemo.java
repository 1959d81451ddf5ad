package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A reproducible Wmo dataset for regio wmo-ijssel-vecht over 2015-2017 and 2024-2026, in the
 * files docs/wmo.md describes: what was purchased (providers, products, tariffs, contracts),
 * the budgets, the allocations with their start, stop and monthly declarations, and the use
 * of the general dagbesteding. It shows the region's signals: the DIAH change to trajectories
 * with its 2016 tariff cut, the growing general provision, a contract past 70 % and one past
 * 100 % of its bestedingsruimte, and Hattem leaving after 2023. The same seed and size always
 * give the same data, byte for byte in the files.
 */
public final class WmoDemo {

    private final WmoTarieven tarieven;
    private final List<WmoToewijzing> toewijzingen;
    private final List<WmoDeclaratieregel> declaraties;
    private final List<Gebruik> gebruik;
    private final List<Deelnemer> deelnemers;
    private final List<WmoContract> contracten;
    private final List<WmoBudget> budgetten;

    private WmoDemo(WmoTarieven tarieven, List<WmoToewijzing> toewijzingen, List<WmoDeclaratieregel> declaraties,
            List<Gebruik> gebruik, List<Deelnemer> deelnemers, List<WmoContract> contracten, List<WmoBudget> budgetten) {
        this.tarieven = tarieven;
        this.toewijzingen = List.copyOf(toewijzingen);
        this.declaraties = List.copyOf(declaraties);
        this.gebruik = List.copyOf(gebruik);
        this.deelnemers = List.copyOf(deelnemers);
        this.contracten = List.copyOf(contracten);
        this.budgetten = List.copyOf(budgetten);
    }

    /** {@code aantalClienten} clients over both periods; each has one to three allocations. */
    public static WmoDemo genereer(long seed, int aantalClienten) {
        if (aantalClienten < 10 || aantalClienten > 50_000) {
            // the upper bound keeps the clients well inside the ~90,000 test BSNs with prefix 999
            throw new IllegalArgumentException("aantalClienten must be 10..50000: " + aantalClienten);
        }
        Toeval toeval = new Toeval(seed);
        WmoTarieven tarieven = new WmoTarieven();
        List<WmoToewijzing> toewijzingen = new WmoToewijzingGenerator(toeval, tarieven).genereer(aantalClienten);
        List<WmoDeclaratieregel> declaraties = new WmoDeclaratieGenerator(toeval, tarieven).genereer(toewijzingen);
        List<Gebruik> gebruik = new GebruikGenerator(toeval, tarieven).genereer();
        List<WmoContract> contracten = new WmoContracten(toeval).contracten(declaraties);
        List<WmoBudget> budgetten = new WmoBudgetten(toeval).budgetten(declaraties, gebruik, contracten);
        List<Deelnemer> deelnemers = new DeelnemerGenerator(new Toeval(seed + 1)).genereer(gebruik, toewijzingen);
        return new WmoDemo(tarieven, toewijzingen, declaraties, gebruik, deelnemers, contracten, budgetten);
    }

    public List<Aanbieder> aanbieders() {
        return WmoCatalogus.aanbieders();
    }

    public List<WmoProduct> producten() {
        return WmoCatalogus.producten();
    }

    /** Every tariff line, by product, then date. */
    public List<Tarief> tarieven() {
        return tarieven.regels();
    }

    /** The tariff in force on {@code dag}, or null when the product has none that day. */
    public Long tariefOp(String code, LocalDate dag) {
        return tarieven.tariefOp(code, dag);
    }

    /** Bestedingsruimte per provider and year, then the taakgericht contracts. */
    public List<WmoContract> contracten() {
        return contracten;
    }

    public List<WmoBudget> budgetten() {
        return budgetten;
    }

    /** By gemeente and toewijzingnummer. */
    public List<WmoToewijzing> toewijzingen() {
        return toewijzingen;
    }

    /** By gemeente, toewijzingnummer and month; a credit after its debit. */
    public List<WmoDeclaratieregel> declaraties() {
        return declaraties;
    }

    /** By product, period, month, gemeente and provider. */
    /** The participants of the general provision its providers know by name (with BSN). */
    public List<Deelnemer> deelnemers() {
        return deelnemers;
    }

    public List<Gebruik> gebruik() {
        return gebruik;
    }

    /**
     * Writes the CSV files of docs/wmo.md; with a key toewijzingen.csv carries the pseudonym
     * and {@code minderjarig} instead of the BSN and the birth date, as a node sends it.
     */
    public void schrijfCsv(Path map, byte[] sleutelOfNull) throws IOException {
        new WmoCsv(this).schrijf(map, sleutelOfNull);
    }

    /** Writes per gemeente ZIP archives of WMO301, WMO305, WMO307 and WMO323 messages. */
    public void schrijfXml(Path map) throws IOException {
        new WmoXml(this).schrijf(map);
    }
}
