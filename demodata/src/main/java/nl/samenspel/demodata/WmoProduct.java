package nl.samenspel.demodata;

import java.time.LocalDate;

/**
 * A Wmo product as docs/wmo.md's producten file has it. {@code voorziening} {@code maatwerk}
 * is allocated to a client; {@code algemeen} is used without allocation and reported as use.
 * {@code kortingsgroep} groups the products a policy measure concerns (here {@code diah});
 * {@code ingangsdatum} is the first day the product can be used.
 */
public record WmoProduct(String categorie, String code, String omschrijving, String eenheid,
        String uitvoeringsvariant, String voorziening, String kortingsgroep, LocalDate ingangsdatum) {

    public boolean isOutputgericht() {
        return "outputgericht".equals(uitvoeringsvariant);
    }

    public boolean isTaakgericht() {
        return "taakgericht".equals(uitvoeringsvariant);
    }

    public boolean isAlgemeen() {
        return "algemeen".equals(voorziening);
    }

    /** Allocated to clients: a maatwerkvoorziening that is not financed as a task. */
    public boolean isToewijsbaar() {
        return "maatwerk".equals(voorziening) && !isTaakgericht();
    }

    /** Unit 83 (euro's): the volume is whole euros and the declared amount the volume × 100 cents. */
    public boolean inEuros() {
        return "83".equals(eenheid);
    }
}
