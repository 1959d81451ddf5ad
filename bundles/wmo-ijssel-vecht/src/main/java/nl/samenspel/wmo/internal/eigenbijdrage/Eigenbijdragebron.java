package nl.samenspel.wmo.internal.eigenbijdrage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.wmo.internal.domein.Ondersteuning;
import nl.samenspel.wmo.internal.domein.Productperioden;
import nl.samenspel.wmo.internal.domein.Voorziening;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
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
        Productperioden producten = opslag.productperioden();
        List<Voorzieningsperiode> voorzieningen = new ArrayList<>();
        for (Ondersteuning.Opgeslagen o : opslag.cijfers().lopend(LocalDate.of(1900, 1, 1), LocalDate.of(totJaar, 12, 31))) {
            Ondersteuning.Toewijzing t = o.toewijzing();
            boolean maatwerk = producten.op(t.product(), t.ingang()).map(w -> w.voorziening() == Voorziening.MAATWERK).orElse(false);
            LocalDate einde = o.stopZorg() != null && (t.einde() == null || o.stopZorg().isBefore(t.einde())) ? o.stopZorg() : t.einde();
            voorzieningen.add(new Voorzieningsperiode(t.gemeente(), t.client(), t.categorie(), maatwerk, Boolean.TRUE.equals(t.minderjarig()),
                    t.ingang(), einde));
        }
        return Bijdrageperioden.van(voorzieningen);
    }
}
