package nl.samenspel.rest;

import java.time.LocalDate;

/**
 * The filters every list of stored records takes: a gemeente (CBS code), and a year or a period
 * ({@code van}/{@code tot}, both inclusive, either open). Checked here once, so every list
 * refuses the same things with the same words (400, naming the parameter).
 *
 * @param van null: no lower bound
 * @param tot null: no upper bound
 */
public record Lijstfilter(String gemeente, LocalDate van, LocalDate tot) {

    public static Lijstfilter van(String gemeente, String jaar, String van, String tot) {
        if (gemeente != null && !gemeente.matches("\\d{4}")) {
            throw ProblemException.ongeldig("gemeente", "een CBS-gemeentecode van 4 cijfers");
        }
        if (jaar != null) {
            if (van != null || tot != null) {
                throw ProblemException.ongeldig("jaar", "geef jaar of van/tot, niet beide");
            }
            int j = Parameters.jaar("jaar", jaar);
            return new Lijstfilter(gemeente, LocalDate.of(j, 1, 1), LocalDate.of(j, 12, 31));
        }
        LocalDate v = van == null ? null : Parameters.datum("van", van);
        LocalDate t = tot == null ? null : Parameters.datum("tot", tot);
        if (v != null && t != null && t.isBefore(v)) {
            throw ProblemException.ongeldig("tot", "ligt voor van");
        }
        return new Lijstfilter(gemeente, v, t);
    }

    /** What an operation's description says about these filters and the paging. */
    public static final String UITLEG = "Filters: gemeente (CBS-code), jaar of van/tot (datums, beide inclusief); pagina (vanaf 1) en aantal"
            + " (standaard 100, hooguit 1000); _links wijzen naar de andere pagina's met dezelfde filters.";
}
