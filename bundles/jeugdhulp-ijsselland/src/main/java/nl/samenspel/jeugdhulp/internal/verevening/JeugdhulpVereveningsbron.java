package nl.samenspel.jeugdhulp.internal.verevening;

import java.sql.SQLException;
import nl.samenspel.module.toewijzing.Opgeslagen;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.module.Vereveningsbronbasis;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.jeugdhulp.internal.JeugdhulpConfig;
import nl.samenspel.jeugdhulp.internal.domein.Inkoop;
import nl.samenspel.jeugdhulp.internal.domein.Productperioden;
import nl.samenspel.jeugdhulp.internal.monitoring.Ledendagen;
import nl.samenspel.jeugdhulp.internal.opslag.JeugdhulpOpslag;
import nl.samenspel.jeugdhulp.internal.domein.Zorg;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The youth-care inputs of the region's equalization (docs/jeugdhulp.md, "Verevening"): per
 * member, B = the regional part of its budget, K = the realised cost of jointly purchased
 * (regional) products, and the keys {@code clienten} (distinct clients with a regional
 * allocation in the year), {@code gebruik-vorig-jaar} (K of the year before) and
 * {@code gebruik-drie-jaar} (K of the three years before, summed). Only what counts for the region
 * is an input: a declaration whose period begins on a day its gemeente is a member, an allocation
 * with at least one member day in the year ({@link Ledendagen}); the rest is what
 * {@code monitoring/budgetten} shows as {@code naUittreding}.
 */
@Component(service = Vereveningsbron.class, configurationPid = JeugdhulpConfig.PID,
        property = Vereveningsbron.REGIO + "=jeugdhulp-ijsselland")
public class JeugdhulpVereveningsbron extends Vereveningsbronbasis {

    private final JeugdhulpOpslag opslag;

    @Activate
    public JeugdhulpVereveningsbron(@Reference JeugdhulpOpslag opslag, @Reference RegisterService registerService, JeugdhulpConfig config) {
        super(registerService, config.regio());
        this.opslag = opslag;
    }

    @Override
    protected List<Vereveningsgegevens> gegevens(Register register, int jaar) throws SQLException {
        Map<String, Long> budgetten = new HashMap<>();
        opslag.budgetten().stream().filter(b -> b.jaar() == jaar).forEach(b -> budgetten.put(b.gemeente(), b.regionaal()));
        Ledendagen ledendagen = Ledendagen.van(register, regio());
        Gebruik gebruik = Gebruik.van(jaar, j -> regionaal(j, ledendagen));
        Map<String, Set<String>> clienten = clienten(jaar, ledendagen);
        return perLid(register, jaar, budgetten, gebruik.kosten(), g -> gebruik.sleutels(g, clienten.getOrDefault(g, Set.of()).size()),
                "jeugdhulpbudget");
    }

    private Map<String, Long> regionaal(int jaar, Ledendagen ledendagen) throws SQLException {
        Map<String, Long> uit = new HashMap<>();
        opslag.gerealiseerd(jaar).stream().filter(r -> r.inkoop() == Inkoop.REGIONAAL && ledendagen.isLidOp(r.gemeente(), r.begindatum()))
                .forEach(r -> uit.merge(r.gemeente(), r.bedrag(), Long::sum));
        return uit;
    }

    private Map<String, Set<String>> clienten(int jaar, Ledendagen ledendagen) throws SQLException {
        Productperioden producten = opslag.productperioden();
        Map<String, Set<String>> uit = new HashMap<>();
        for (Opgeslagen<Zorg.Toewijzing> o : opslag.toewijzingenInJaar(jaar)) {
            if (producten.inJaar(o.toewijzing(), jaar).inkoop() == Inkoop.REGIONAAL && ledendagen.dagenInJaar(o.toewijzing(), jaar) > 0) {
                uit.computeIfAbsent(o.toewijzing().gemeente(), g -> new HashSet<>()).add(o.toewijzing().client());
            }
        }
        return uit;
    }
}
