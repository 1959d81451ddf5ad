package nl.samenspel.wmo.internal.opslag;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.samenspel.module.toewijzing.Toewijzingsleutel;
import nl.samenspel.wmo.internal.domein.Ondersteuning;

/**
 * What is declared so far on the allocations of a file: the stored lines (a line is read once) and
 * the delivered volume per allocation per declared month.
 */
public record Gedeclareerd(Set<String> regels, Map<Toewijzingsleutel, Map<LocalDate, Long>> volume) {

    public static final Gedeclareerd NIETS = new Gedeclareerd(Set.of(), Map.of());

    /** What makes a declared line the same line: declaration, allocation, month and signed amount. */
    public static String sleutel(Ondersteuning.Declaratieregel d) {
        return d.gemeente() + "/" + d.declaratienummer() + "/" + d.nummer() + "/" + d.begindatum() + "/" + d.bedrag();
    }

    /** The volume delivered on the allocation in months from {@code van} through {@code tot}. */
    public long volume(Toewijzingsleutel toewijzing, LocalDate van, LocalDate tot) {
        return volume.getOrDefault(toewijzing, Map.of()).entrySet().stream()
                .filter(e -> !e.getKey().isBefore(van) && !e.getKey().isAfter(tot)).mapToLong(Map.Entry::getValue).sum();
    }
}
