package nl.samenspel.jeugdhulp.internal.domein;

import nl.samenspel.module.Gemeentelijk;
import nl.samenspel.module.Productsleutel;

import java.time.LocalDate;

/** The contracted side: providers, products, tariffs, contracts and budgets as stored. */
public final class Stamgegevens {

    private Stamgegevens() {
    }

    public record Aanbieder(String agb, String naam) {
    }

    public record Product(String categorie, String code, String omschrijving, String eenheid, Uitvoeringsvariant variant,
                          Inkoop inkoop, String kortingsgroep) {

        public Productsleutel sleutel() {
            return new Productsleutel(categorie, code);
        }
    }

    /** The first day of a product's first period when its file gives no ingangsdatum: from always. */
    public static final LocalDate ALTIJD = LocalDate.of(1900, 1, 1);

    /**
     * What a product is purchased as in a period: the attributes that decide figures (regional or
     * local purchase, execution variant, cut group) are dated, from {@code ingang} through
     * {@code einde} (null: open), as tariffs are.
     */
    public record Productperiode(String categorie, String code, LocalDate ingang, LocalDate einde, Uitvoeringsvariant variant,
                                 Inkoop inkoop, String kortingsgroep) {

        public boolean isGeldigOp(LocalDate dag) {
            return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
        }

        public Productkenmerken kenmerken() {
            return new Productkenmerken(variant, inkoop, kortingsgroep);
        }
    }

    /** The attributes of a product that are dated: they decide figures. */
    public record Productkenmerken(Uitvoeringsvariant variant, Inkoop inkoop, String kortingsgroep) {

        public static Productkenmerken van(Product p) {
            return new Productkenmerken(p.variant(), p.inkoop(), p.kortingsgroep());
        }

        /** By column name, as a change is reported ("inkoop lokaal → regionaal"). */
        public java.util.Map<String, String> velden() {
            java.util.Map<String, String> uit = new java.util.LinkedHashMap<>();
            uit.put("inkoop", inkoop.code());
            uit.put("uitvoeringsvariant", variant.code());
            uit.put("kortingsgroep", kortingsgroep);
            return uit;
        }
    }

    /**
     * A line of a product file: the product, from when its attributes hold ({@code ingang}; null: the
     * file gives none), and whether the line knowingly changes the past ({@code correctie}).
     */
    public record Productregel(Product product, LocalDate ingang, boolean correctie) {
    }

    /** A tariff in eurocent per unit, valid from {@code ingang} through {@code einde} (null: open). */
    public record Tarief(String categorie, String code, LocalDate ingang, LocalDate einde, long tarief) {

        public boolean isGeldigOp(LocalDate dag) {
            return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
        }
    }

    public record Contract(String agb, int jaar, long plafond) {
    }

    /** A line of a contract file, and whether it knowingly changes the ceiling of a year that has begun ({@code correctie}). */
    public record Contractregel(Contract contract, boolean correctie) {
    }

    public record Budget(String gemeente, int jaar, long totaal, long regionaal, long lokaal) implements Gemeentelijk {
    }
}
