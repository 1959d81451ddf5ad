package nl.samenspel.jeugdhulp.internal.domein;

import java.time.LocalDate;

/** The care side: allocations, start and stop of care, declared cost. Clients are pseudonyms. */
public final class Zorg {

    private Zorg() {
    }

    public record Toewijzingsleutel(String gemeente, long nummer) {
        @Override
        public String toString() {
            return gemeente + "/" + nummer;
        }
    }

    /**
     * An allocation. {@code volume}, {@code eenheid}, {@code frequentie}, {@code budget},
     * {@code einde}, {@code aanmelddatum} and {@code verwijzer} may be null.
     */
    public record Toewijzing(String gemeente, long nummer, String client, String agb, String categorie, String code,
                             LocalDate toewijzingsdatum, LocalDate ingang, LocalDate einde, Integer volume, String eenheid,
                             String frequentie, Long budget, LocalDate aanmelddatum, Verwijzer verwijzer) {

        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }

        public Stamgegevens.Productsleutel product() {
            return new Stamgegevens.Productsleutel(categorie, code);
        }
    }

    /** Start of care (JW305); {@code intrekken}: the provider withdraws an earlier start (StatusAanlevering 3). */
    public record StartZorg(String gemeente, long nummer, LocalDate begindatum, boolean intrekken) {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }

    /** Stop of care (JW307) with the iJw RedenBeeindiging. */
    public record StopZorg(String gemeente, long nummer, LocalDate einddatum, String reden, boolean intrekken) {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }

    /** One declared line: debit positive, credit negative, in eurocent. */
    public record Declaratieregel(String gemeente, long nummer, String declaratienummer, LocalDate begindatum,
                                  LocalDate einddatum, long bedrag) {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }
}
