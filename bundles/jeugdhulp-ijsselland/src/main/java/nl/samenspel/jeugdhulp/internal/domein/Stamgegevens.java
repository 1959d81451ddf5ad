package nl.samenspel.jeugdhulp.internal.domein;

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

    public record Productsleutel(String categorie, String code) {
        @Override
        public String toString() {
            return categorie + "/" + code;
        }
    }

    /** A tariff in eurocent per unit, valid from {@code ingang} through {@code einde} (null: open). */
    public record Tarief(String categorie, String code, LocalDate ingang, LocalDate einde, long tarief) {

        public boolean isGeldigOp(LocalDate dag) {
            return !dag.isBefore(ingang) && (einde == null || !dag.isAfter(einde));
        }
    }

    public record Contract(String agb, int jaar, long plafond) {
    }

    public record Budget(String gemeente, int jaar, long totaal, long regionaal, long lokaal) {
    }
}
