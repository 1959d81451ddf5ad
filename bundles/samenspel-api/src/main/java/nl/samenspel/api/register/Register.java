package nl.samenspel.api.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One loaded, validated version of the regional register. Immutable: a reload
 * produces a new instance, so a caller that holds one sees a consistent picture.
 */
public interface Register {

    /** Fingerprint of the configuration files this register was built from (SHA-256, hex). */
    String versie();

    /** All municipalities, ordered by CBS code. */
    List<Gemeente> gemeenten();

    Optional<Gemeente> gemeente(String code);

    Optional<Gemeente> gemeenteMetOin(String oin);

    /** All regions, ordered by id. */
    List<Regio> regios();

    Optional<Regio> regio(String id);

    /** Every membership period of the region, ordered by gemeente and start date. */
    List<Lidmaatschap> lidmaatschappen(String regioId);

    /** Members of the region on the day, ordered by CBS code; empty for an unknown region. */
    List<Gemeente> leden(String regioId, LocalDate peildatum);

    /** Municipalities that were a member of the region on at least one day of the year. */
    List<Gemeente> ledenInJaar(String regioId, int jaar);

    /** Regions the municipality belongs to on the day, ordered by id. */
    List<Regio> regiosVan(String gemeenteCode, LocalDate peildatum);

    OptionalLong kerncijfer(String gemeenteCode, int jaar, String naam);

    /** All key figures of the municipality for the year, by name. */
    Map<String, Long> kerncijfers(String gemeenteCode, int jaar);

    /** Every year for which the municipality has key figures, ascending. */
    Set<Integer> kerncijferJaren(String gemeenteCode);

    /** The names of every key figure the register knows. */
    Set<String> kerncijferNamen();
}
