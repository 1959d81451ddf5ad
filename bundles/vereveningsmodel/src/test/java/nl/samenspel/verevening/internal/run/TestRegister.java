package nl.samenspel.verevening.internal.run;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Kerncijfer;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;

/** A register held in memory, for tests of code that reads one. */
record TestRegister(List<Gemeente> gemeenten, List<Regio> regios, List<Lidmaatschap> lidmaatschappen, List<Kerncijfer> cijfers)
        implements Register {

    @Override
    public String versie() {
        return "0".repeat(64);
    }

    @Override
    public Optional<Gemeente> gemeente(String code) {
        return gemeenten.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    @Override
    public Optional<Gemeente> gemeenteMetOin(String oin) {
        return gemeenten.stream().filter(g -> g.oin().equals(oin)).findFirst();
    }

    @Override
    public Optional<Regio> regio(String id) {
        return regios.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public List<Lidmaatschap> lidmaatschappen(String regioId) {
        return lidmaatschappen.stream().filter(l -> l.regio().equals(regioId)).toList();
    }

    @Override
    public List<Gemeente> leden(String regioId, LocalDate peildatum) {
        return lidmaatschappen(regioId).stream().filter(l -> l.isGeldigOp(peildatum)).map(l -> gemeente(l.gemeente()).orElseThrow())
                .sorted(Comparator.comparing(Gemeente::code)).toList();
    }

    @Override
    public List<Gemeente> ledenInJaar(String regioId, int jaar) {
        return lidmaatschappen(regioId).stream().filter(l -> l.isGeldigInJaar(jaar)).map(l -> gemeente(l.gemeente()).orElseThrow())
                .sorted(Comparator.comparing(Gemeente::code)).toList();
    }

    @Override
    public List<Regio> regiosVan(String gemeenteCode, LocalDate peildatum) {
        return regios.stream().filter(r -> leden(r.id(), peildatum).stream().anyMatch(g -> g.code().equals(gemeenteCode))).toList();
    }

    @Override
    public OptionalLong kerncijfer(String gemeenteCode, int jaar, String naam) {
        return cijfers.stream().filter(k -> k.gemeente().equals(gemeenteCode) && k.jaar() == jaar && k.naam().equals(naam))
                .mapToLong(Kerncijfer::waarde).findFirst();
    }

    @Override
    public Map<String, Long> kerncijfers(String gemeenteCode, int jaar) {
        return cijfers.stream().filter(k -> k.gemeente().equals(gemeenteCode) && k.jaar() == jaar)
                .collect(Collectors.toMap(Kerncijfer::naam, Kerncijfer::waarde, (a, b) -> a, TreeMap::new));
    }

    @Override
    public Set<Integer> kerncijferJaren(String gemeenteCode) {
        return cijfers.stream().filter(k -> k.gemeente().equals(gemeenteCode)).map(Kerncijfer::jaar).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public Set<String> kerncijferNamen() {
        return cijfers.stream().map(Kerncijfer::naam).collect(Collectors.toCollection(TreeSet::new));
    }
}
