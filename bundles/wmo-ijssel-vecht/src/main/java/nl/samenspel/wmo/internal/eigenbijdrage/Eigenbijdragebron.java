package nl.samenspel.wmo.internal.eigenbijdrage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.module.Periode;
import nl.samenspel.wmo.internal.domein.Productperioden;
import nl.samenspel.wmo.internal.domein.Stamgegevens;
import nl.samenspel.wmo.internal.domein.Voorziening;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import nl.samenspel.wmo.internal.opslag.Wmocijfers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The eigen bijdrage of what is stored: the stored allocations as {@link Voorzieningsperiode}s (a
 * maatwerkvoorziening by its product on the ingangsdatum, ending when the allocation ends or its
 * support was stopped), and the rates of the region's configuration, read afresh for every question
 * so that a changed rate is a change of {@code regional-config/}, not of code.
 */
@Component(service = Eigenbijdragebron.class)
public class Eigenbijdragebron {

    private final WmoOpslag opslag;
    private final RegisterService registerService;

    @Activate
    public Eigenbijdragebron(@Reference WmoOpslag opslag, @Reference RegisterService registerService) {
        this.opslag = opslag;
        this.registerService = registerService;
    }

    /** @throws OngeldigeTarieven naming every error of the rates file, or its absence */
    public Tarieven tarieven() {
        return Tarieven.lees(Path.of(registerService.status().bron()).resolve(Tarieven.PAD));
    }

    /** Liability from every allocation that took effect up to the end of {@code totJaar}: a start may lie years back. */
    public Bijdrageperioden perioden(int totJaar) throws SQLException {
        return Bijdrageperioden.van(voorzieningen(opslag.productperioden(), LocalDate.of(1900, 1, 1), LocalDate.of(totJaar, 12, 31)));
    }

    /**
     * The revenue of {@code jaar} at {@code tarieven}: what {@code new Opbrengsten(perioden(jaar),
     * tarieven).jaar(jaar)} answers, read from the allocations that run from 1 December of the year
     * before, not from every allocation since the start.
     *
     * <p>Why that gives the same months: an allocation that ended (or whose support stopped) before 1
     * December of the year before adds no month of the year to any stretch; leaving it out can only
     * move the start of a stretch that runs on to a day on or before 1 December, whose collection then
     * still begins in January at the latest ({@link Bijdrageperiode#eersteInningsmaand}), as it did
     * from the earlier start. Nor does it split a stretch: what it bridged lies before that day. The
     * gemeenten with a liable allocation before that day and none after it still get their year of
     * zeros ({@link Opbrengsten#jaar(int)} lists every gemeente with a liable client at any time).
     */
    public List<Jaaropbrengst> opbrengsten(int jaar, Tarieven tarieven) throws SQLException {
        Productperioden producten = opslag.productperioden();
        LocalDate tot = LocalDate.of(jaar, 12, 31);
        // per gemeente and client the liable provisions as day numbers: what Bijdrageperioden.van holds, without an object
        // per provision and stretch kept until the end (a region's year: some 70,000 provisions of 50,000 clients)
        Map<String, Map<String, Dagen>> perGemeente = new HashMap<>();
        opslag.cijfers().bijdragerijen(LocalDate.of(jaar - 1, 12, 1), tot, Bijdrageplicht.NOOIT, Bijdrageplicht.MINDERJARIG_ALLEEN, r -> {
            Voorzieningsperiode v = voorziening(producten, r);
            if (Bijdrageplicht.geldtVoor(v)) {
                perGemeente.computeIfAbsent(v.gemeente(), g -> new HashMap<>()).computeIfAbsent(v.client(), c -> new Dagen())
                        .voeg(v.ingang().toEpochDay(), Bijdrageperioden.dag(v.einde()));
            }
        });
        Set<String> gemeenten = new TreeSet<>(perGemeente.keySet());
        gemeenten.addAll(opslag.cijfers().gemeentenMet(tot, gemeenten, r -> Bijdrageplicht.geldtVoor(voorziening(producten, r))));
        List<Jaaropbrengst> uit = new ArrayList<>();
        for (String gemeente : gemeenten) {
            // as Opbrengsten.jaar: the months of each stretch (Bijdrageperioden.voegSamen), a client once in the year
            // per stretch +1 in its first collected month of the year and -1 after its last (Opbrengsten.telMaanden's months),
            // summed over the year at the end: two additions a stretch, not one a client month
            long[] verschil = new long[13];
            long inJaar = 0;
            for (Dagen d : perGemeente.getOrDefault(gemeente, Map.of()).values()) {
                boolean[] geind = {false};
                Bijdrageperioden.voegSamen(d.ingang, d.einde, d.n, (start, einde) -> geind[0] |= Opbrengsten.verschil(LocalDate.ofEpochDay(start),
                        Bijdrageperioden.datum(einde), jaar, verschil));
                inJaar += geind[0] ? 1 : 0;
            }
            long[] clienten = new long[12];
            long lopend = 0;
            for (int i = 0; i < 12; i++) {
                lopend += verschil[i];
                clienten[i] = lopend;
            }
            uit.add(Opbrengsten.jaar(gemeente, jaar, clienten, inJaar, tarieven));
        }
        return uit;
    }

    /** One client's liable provisions: first and last day as day numbers (Bijdrageperioden.OPEN while open). */
    private static final class Dagen {
        long[] ingang = new long[2];
        long[] einde = new long[2];
        int n;

        void voeg(long eerste, long laatste) {
            if (n == ingang.length) {
                ingang = java.util.Arrays.copyOf(ingang, 2 * n);
                einde = java.util.Arrays.copyOf(einde, 2 * n);
            }
            ingang[n] = eerste;
            einde[n] = laatste;
            n++;
        }
    }

    /** The allocations that run on at least one day from {@code van} through {@code tot} and can make their client liable, as provisions. */
    private List<Voorzieningsperiode> voorzieningen(Productperioden producten, LocalDate van, LocalDate tot) throws SQLException {
        List<Voorzieningsperiode> uit = new ArrayList<>();
        // what never makes anyone liable is not read (Bijdrageplicht.geldtVoor leaves it out all the same)
        opslag.cijfers().bijdragerijen(van, tot, Bijdrageplicht.NOOIT, Bijdrageplicht.MINDERJARIG_ALLEEN, r -> uit.add(voorziening(producten, r)));
        return uit;
    }

    /** A maatwerkvoorziening by its product on the ingangsdatum, ending when the allocation ends or its support was stopped. */
    private static Voorzieningsperiode voorziening(Productperioden producten, Wmocijfers.Bijdragerij r) {
        // the product's values on the ingangsdatum (Productperioden.op: the first period that holds the day), without a stream per row
        boolean maatwerk = false;
        for (Periode<Stamgegevens.Productwaarden> p : producten.perioden(r.product())) {
            if (p.isGeldigOp(r.ingang())) {
                maatwerk = p.waarden().voorziening() == Voorziening.MAATWERK;
                break;
            }
        }
        // LOOPT_TOT: the day support stopped where that came before the end (or without an end), else the end
        return new Voorzieningsperiode(r.gemeente(), r.client(), r.categorie(), maatwerk, Boolean.TRUE.equals(r.minderjarig()), r.ingang(),
                r.looptTot());
    }
}
