package nl.samenspel.wmo.internal.domein;

import nl.samenspel.module.Gemeentelijk;
import nl.samenspel.module.Productsleutel;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The region's Wmo master data, kept at the hub and published to the nodes. Amounts are eurocents. */
public final class Stamgegevens {

    /** The first day of a product's history when its first line has no ingangsdatum. */
    public static final LocalDate ALTIJD = LocalDate.of(1900, 1, 1);

    private Stamgegevens() {
    }

    public record Aanbieder(String agb, String naam) {
    }

    /** A product's dated attributes: a change opens a new period (nl.samenspel.module.Periodewijziging). */
    public record Productwaarden(String eenheid, Uitvoeringsvariant variant, Voorziening voorziening, String kortingsgroep) {

        /** By column name, for a report of what changed. */
        public Map<String, String> velden() {
            Map<String, String> uit = new LinkedHashMap<>();
            uit.put("eenheid", eenheid);
            uit.put("uitvoeringsvariant", variant.code());
            uit.put("voorziening", voorziening.code());
            uit.put("kortingsgroep", kortingsgroep);
            return uit;
        }
    }

    /** A product as it is now; {@link Productwaarden} are its values of its last period. */
    public record Product(String categorie, String code, String omschrijving, Productwaarden waarden) {
        public Productsleutel sleutel() {
            return new Productsleutel(categorie, code);
        }
    }

    /** A line of a product file: the product, from when its values hold, and whether a change is a knowing correction. */
    public record Productregel(Product product, LocalDate ingang, boolean correctie) {
    }

    public record Tarief(String categorie, String code, LocalDate ingang, LocalDate einde, long tarief) {
        public boolean isGeldigOp(LocalDate dag) {
            return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
        }

        public Productsleutel product() {
            return new Productsleutel(categorie, code);
        }
    }

    /** What a contract line is: a ceiling of spending (bestedingsruimte) or a fixed sum for a task. */
    public enum Contractsoort {
        BESTEDINGSRUIMTE("bestedingsruimte"), TAAKGERICHT("taakgericht");

        private final String code;

        Contractsoort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static java.util.Optional<Contractsoort> vanCode(String code) {
            return java.util.Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
        }

        public static java.util.List<String> codes() {
            return java.util.Arrays.stream(values()).map(Contractsoort::code).toList();
        }
    }

    /**
     * A contract line of an aanbieder for a year. A bestedingsruimte covers the whole contract
     * (no categorie), one productcategorie, or one product (categorie and code); a taakgericht sum
     * is for one gemeente's task (a product of variant taakgericht) and is its whole cost.
     */
    public record Contract(String agb, int jaar, Contractsoort soort, long bedrag, String categorie, String code, String gemeente) {

        /** What the line is about: "12345678/2025 bestedingsruimte 02", unique in the stored contracts. */
        public String sleutel() {
            return agb + "/" + jaar + " " + soort.code() + (categorie == null ? "" : " " + categorie) + (code == null ? "" : "/" + code)
                    + (gemeente == null ? "" : " " + gemeente);
        }

        /** Whether a declared product falls under this ceiling. */
        public boolean dekt(String agb, Productsleutel product) {
            return this.agb.equals(agb) && (categorie == null || categorie.equals(product.categorie()))
                    && (code == null || code.equals(product.code()));
        }
    }

    public record Contractregel(Contract contract, boolean correctie) {
    }

    /** A gemeente's Wmo budget for a year. */
    public record Budget(String gemeente, int jaar, long budget) implements Gemeentelijk {
    }
}
