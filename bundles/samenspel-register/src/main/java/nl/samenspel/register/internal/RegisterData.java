package nl.samenspel.register.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Kerncijfer;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;

/** An immutable, validated register with the indexes its queries need. */
public final class RegisterData implements Register {

    private final String versie;
    private final Map<String, Gemeente> gemeenten;
    private final Map<String, Gemeente> gemeentenOpOin;
    private final Map<String, Regio> regios;
    private final Map<String, List<Lidmaatschap>> lidmaatschappen;
    /** gemeente -> jaar -> naam -> waarde */
    private final Map<String, Map<Integer, Map<String, Long>>> kerncijfers;
    private final Set<String> kerncijferNamen;

    public RegisterData(String versie, Collection<Gemeente> gemeenten, Collection<Regio> regios,
                        Collection<Lidmaatschap> lidmaatschappen, Collection<Kerncijfer> kerncijfers) {
        this.versie = Objects.requireNonNull(versie);
        this.gemeenten = indexeer(gemeenten, Gemeente::code);
        this.gemeentenOpOin = indexeer(gemeenten, Gemeente::oin);
        this.regios = indexeer(regios, Regio::id);
        this.lidmaatschappen = lidmaatschappen.stream()
                .sorted(Comparator.comparing(Lidmaatschap::gemeente).thenComparing(Lidmaatschap::van))
                .collect(Collectors.groupingBy(Lidmaatschap::regio, TreeMap::new, Collectors.toUnmodifiableList()));
        Map<String, Map<Integer, Map<String, Long>>> kc = new TreeMap<>();
        Set<String> namen = new TreeSet<>();
        for (Kerncijfer k : kerncijfers) {
            kc.computeIfAbsent(k.gemeente(), g -> new TreeMap<>()).computeIfAbsent(k.jaar(), j -> new TreeMap<>()).put(k.naam(), k.waarde());
            namen.add(k.naam());
        }
        this.kerncijfers = kc;
        this.kerncijferNamen = Set.copyOf(namen);
    }

    private static <T> Map<String, T> indexeer(Collection<T> items, Function<T, String> sleutel) {
        Map<String, T> index = new TreeMap<>();
        items.forEach(i -> index.put(sleutel.apply(i), i));
        return index;
    }

    @Override
    public String versie() {
        return versie;
    }

    @Override
    public List<Gemeente> gemeenten() {
        return List.copyOf(gemeenten.values());
    }

    @Override
    public Optional<Gemeente> gemeente(String code) {
        return Optional.ofNullable(gemeenten.get(code));
    }

    @Override
    public Optional<Gemeente> gemeenteMetOin(String oin) {
        return Optional.ofNullable(gemeentenOpOin.get(oin));
    }

    @Override
    public List<Regio> regios() {
        return List.copyOf(regios.values());
    }

    @Override
    public Optional<Regio> regio(String id) {
        return Optional.ofNullable(regios.get(id));
    }

    @Override
    public List<Lidmaatschap> lidmaatschappen(String regioId) {
        return lidmaatschappen.getOrDefault(regioId, List.of());
    }

    @Override
    public List<Gemeente> leden(String regioId, LocalDate peildatum) {
        return leden(regioId, l -> l.isGeldigOp(peildatum));
    }

    @Override
    public List<Gemeente> ledenInJaar(String regioId, int jaar) {
        return leden(regioId, l -> l.isGeldigInJaar(jaar));
    }

    /** The gemeenten with a membership of the region that counts, each once, on CBS code. */
    private List<Gemeente> leden(String regioId, Predicate<Lidmaatschap> telt) {
        return lidmaatschappen(regioId).stream()
                .filter(telt)
                .map(l -> gemeenten.get(l.gemeente()))
                .distinct()
                .sorted(Comparator.comparing(Gemeente::code))
                .toList();
    }

    @Override
    public List<Regio> regiosVan(String gemeenteCode, LocalDate peildatum) {
        return regios.values().stream()
                .filter(r -> lidmaatschappen(r.id()).stream()
                        .anyMatch(l -> l.gemeente().equals(gemeenteCode) && l.isGeldigOp(peildatum)))
                .toList();
    }

    @Override
    public OptionalLong kerncijfer(String gemeenteCode, int jaar, String naam) {
        Long waarde = kerncijfers(gemeenteCode, jaar).get(naam);
        return waarde == null ? OptionalLong.empty() : OptionalLong.of(waarde);
    }

    @Override
    public Map<String, Long> kerncijfers(String gemeenteCode, int jaar) {
        Map<String, Long> perNaam = kerncijfers.getOrDefault(gemeenteCode, Map.of()).get(jaar);
        return perNaam == null ? Map.of() : java.util.Collections.unmodifiableMap(perNaam);
    }

    @Override
    public Set<Integer> kerncijferJaren(String gemeenteCode) {
        return java.util.Collections.unmodifiableSet(kerncijfers.getOrDefault(gemeenteCode, Map.of()).keySet());
    }

    @Override
    public Set<String> kerncijferNamen() {
        return kerncijferNamen;
    }
}
