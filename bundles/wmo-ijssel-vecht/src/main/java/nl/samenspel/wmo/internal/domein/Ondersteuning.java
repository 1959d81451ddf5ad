package nl.samenspel.wmo.internal.domein;

import nl.samenspel.module.Gemeentelijk;

import java.time.LocalDate;
import java.time.YearMonth;
import nl.samenspel.module.Productsleutel;
import nl.samenspel.module.toewijzing.Toewijzingsbasis;
import nl.samenspel.module.toewijzing.Toewijzingsgegevens;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;

/** The support side: maatwerk by allocation and declaration, algemene voorzieningen by use. Clients are pseudonyms. */
public final class Ondersteuning {

    private Ondersteuning() {
    }

    /**
     * A maatwerk allocation: the shared fields ({@link Toewijzingsgegevens}) and Wmo's own:
     * {@code aanvraagdatum}, which may be null, and {@code minderjarig}, whether the client is under
     * 18 on the ingangsdatum (null: not known, counted as adult).
     */
    public record Toewijzing(Toewijzingsgegevens gegevens, LocalDate aanvraagdatum, Boolean minderjarig) implements Toewijzingsbasis {
    }

    /**
     * One declared line (WMO323 Prestatie): a calendar month of one allocation, the delivered volume in
     * its unit, the tariff the provider used (null where not given) and the amount, debit positive,
     * credit negative, in eurocent; the volume of a credit line is negative too.
     */
    public record Declaratieregel(String gemeente, long nummer, String declaratienummer, LocalDate begindatum, LocalDate einddatum,
                                  long volume, String eenheid, Long tarief, long bedrag) implements Gemeentelijk {
        public Toewijzingsleutel sleutel() {
            return new Toewijzingsleutel(gemeente, nummer);
        }
    }

    /**
     * A month's use of an algemene voorziening, reported by its provider per gemeente: the number of
     * participants and the cost. No allocation, no client, no eigen bijdrage. {@code correctie}: the line
     * knowingly replaces a stored month with other figures.
     */
    public record Gebruik(String gemeente, String agb, String categorie, String code, YearMonth maand, int deelnemers, long bedrag,
                          boolean correctie) implements Gemeentelijk {
        public Productsleutel product() {
            return new Productsleutel(categorie, code);
        }

        public String sleutel() {
            return gemeente + "/" + agb + "/" + product() + "/" + maand;
        }
    }

    /** A participant of an algemene voorziening in a month, known to its provider: the pseudonym, nothing else. */
    public record Deelnemer(String gemeente, String agb, String categorie, String code, YearMonth maand, String client) implements Gemeentelijk {
        public Productsleutel product() {
            return new Productsleutel(categorie, code);
        }

        /** The month's use this participant belongs to ({@link Gebruik#sleutel}). */
        public String gebruik() {
            return gemeente + "/" + agb + "/" + product() + "/" + maand;
        }

        public String sleutel() {
            return gebruik() + "/" + client;
        }
    }
}
