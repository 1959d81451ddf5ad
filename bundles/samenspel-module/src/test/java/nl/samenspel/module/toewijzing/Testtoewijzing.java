package nl.samenspel.module.toewijzing;

import java.time.LocalDate;

/** A module's allocation in the tests: the shared fields and one of its own. */
public record Testtoewijzing(Toewijzingsgegevens gegevens, String eigen) implements Toewijzingsbasis {

    /** One etmaal a day of product 45/45A01 at provider 12345678, from {@code ingang}. */
    public static Testtoewijzing van(long nummer, String client, LocalDate ingang, LocalDate einde) {
        return new Testtoewijzing(new Toewijzingsgegevens("0193", nummer, client, "12345678", "45", "45A01", null, ingang, einde, 1, "14", "1",
                null, null), "x");
    }
}
