package nl.samenspel.wmo.internal.verevening;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.Vereveningsbron;
import nl.samenspel.api.verevening.Vereveningsgegevens;
import nl.samenspel.module.Vereveningsbronbasis;
import nl.samenspel.wmo.internal.WmoConfig;
import nl.samenspel.wmo.internal.monitoring.Gerealiseerd;
import nl.samenspel.wmo.internal.opslag.WmoOpslag;
import nl.samenspel.wmo.internal.opslag.Wmocijfers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Wmo inputs of the region's equalization (docs/wmo.md, "Verevening"): per member, B = its Wmo
 * budget, K = its realised cost (declared maatwerk, algemene voorzieningen, taakgericht sums) in the
 * months it is a member on the first day, and the keys {@code clienten} (distinct clients with a
 * maatwerk allocation in the year), {@code gebruik-vorig-jaar} and {@code gebruik-drie-jaar}.
 * Wmo equalization in IJssel-Vecht is an assumption of configuration (FACTS.md): this source only
 * supplies figures; whether the region equalizes is its model file.
 */
@Component(service = Vereveningsbron.class, configurationPid = WmoConfig.PID, property = Vereveningsbron.REGIO + "=wmo-ijssel-vecht")
public class WmoVereveningsbron extends Vereveningsbronbasis {

    private final WmoOpslag opslag;

    @Activate
    public WmoVereveningsbron(@Reference WmoOpslag opslag, @Reference RegisterService registerService, WmoConfig config) {
        super(registerService, config.regio());
        this.opslag = opslag;
    }

    @Override
    protected List<Vereveningsgegevens> gegevens(Register register, int jaar) throws SQLException {
        Map<String, List<Lidmaatschap>> leden = register.lidmaatschappen(regio()).stream().collect(Collectors.groupingBy(Lidmaatschap::gemeente));
        Map<String, Long> budgetten = new HashMap<>();
        opslag.budgetten().stream().filter(b -> b.jaar() == jaar).forEach(b -> budgetten.put(b.gemeente(), b.budget()));
        Gebruik gebruik = Gebruik.van(jaar, j -> kosten(j, leden));
        Map<String, Integer> clienten = new HashMap<>();
        for (Wmocijfers.Clientental t : opslag.cijfers().clienten(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31))) {
            if (t.categorie() == null) {
                clienten.put(t.gemeente(), t.clienten());
            }
        }
        return perLid(register, jaar, budgetten, gebruik.kosten(), g -> gebruik.sleutels(g, clienten.getOrDefault(g, 0)), "Wmo-budget");
    }

    private Map<String, Long> kosten(int jaar, Map<String, List<Lidmaatschap>> leden) throws SQLException {
        return Gerealiseerd.inJaar(opslag, jaar, (g, maand) -> leden.getOrDefault(g, List.of()).stream()
                .anyMatch(l -> l.isGeldigOp(maand.atDay(1))));
    }
}
