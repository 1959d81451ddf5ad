package nl.samenspel.jeugdhulp.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;

/**
 * The shipped register in which one gemeente leaves the region on a day: the register a hub has
 * after a gemeente leaves, while its allocations were accepted when it was a member.
 */
public final class Uittredingsregister implements Register {

    private final Register basis;
    private final String regio;
    private final String gemeente;
    private final LocalDate laatsteDag;

    public Uittredingsregister(Register basis, String regio, String gemeente, LocalDate laatsteDag) {
        this.basis = basis;
        this.regio = regio;
        this.gemeente = gemeente;
        this.laatsteDag = laatsteDag;
    }

    @Override
    public List<Lidmaatschap> lidmaatschappen(String regioId) {
        List<Lidmaatschap> uit = new ArrayList<>();
        for (Lidmaatschap l : basis.lidmaatschappen(regioId)) {
            boolean geraakt = regioId.equals(regio) && l.gemeente().equals(gemeente) && l.isGeldigOp(laatsteDag);
            uit.add(geraakt ? new Lidmaatschap(l.regio(), l.gemeente(), l.van(), laatsteDag) : l);
        }
        return uit;
    }

    @Override
    public List<Gemeente> leden(String regioId, LocalDate peildatum) {
        return lidmaatschappen(regioId).stream().filter(l -> l.isGeldigOp(peildatum)).map(l -> basis.gemeente(l.gemeente()).orElseThrow())
                .distinct().sorted(Comparator.comparing(Gemeente::code)).toList();
    }

    @Override
    public List<Gemeente> ledenInJaar(String regioId, int jaar) {
        return lidmaatschappen(regioId).stream().filter(l -> l.isGeldigInJaar(jaar)).map(l -> basis.gemeente(l.gemeente()).orElseThrow())
                .distinct().sorted(Comparator.comparing(Gemeente::code)).toList();
    }

    @Override
    public String versie() {
        return basis.versie() + "+uittreding";
    }

    @Override
    public List<Gemeente> gemeenten() {
        return basis.gemeenten();
    }

    @Override
    public Optional<Gemeente> gemeente(String code) {
        return basis.gemeente(code);
    }

    @Override
    public Optional<Gemeente> gemeenteMetOin(String oin) {
        return basis.gemeenteMetOin(oin);
    }

    @Override
    public List<Regio> regios() {
        return basis.regios();
    }

    @Override
    public Optional<Regio> regio(String id) {
        return basis.regio(id);
    }

    @Override
    public List<Regio> regiosVan(String gemeenteCode, LocalDate peildatum) {
        return basis.regiosVan(gemeenteCode, peildatum); // not used by the figures
    }

    @Override
    public OptionalLong kerncijfer(String gemeenteCode, int jaar, String naam) {
        return basis.kerncijfer(gemeenteCode, jaar, naam);
    }

    @Override
    public Map<String, Long> kerncijfers(String gemeenteCode, int jaar) {
        return basis.kerncijfers(gemeenteCode, jaar);
    }

    @Override
    public Set<Integer> kerncijferJaren(String gemeenteCode) {
        return basis.kerncijferJaren(gemeenteCode);
    }

    @Override
    public Set<String> kerncijferNamen() {
        return basis.kerncijferNamen();
    }
}
