package nl.samenspel.wmo.internal.verevening;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Lidmaatschap;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.verevening.OnvolledigeBron;
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

    public static final String CLIENTEN = "clienten";
    public static final String GEBRUIK_VORIG_JAAR = "gebruik-vorig-jaar";
    public static final String GEBRUIK_DRIE_JAAR = "gebruik-drie-jaar";

    private final WmoOpslag opslag;

    @Activate
    public WmoVereveningsbron(@Reference WmoOpslag opslag, @Reference RegisterService registerService, WmoConfig config) {
        this(opslag, registerService, config.regio());
    }

    public WmoVereveningsbron(WmoOpslag opslag, RegisterService registerService, String regio) {
        super(registerService, regio);
        this.opslag = opslag;
    }

    @Override
    protected List<Vereveningsgegevens> gegevens(Register register, int jaar) throws SQLException {
        Map<String, List<Lidmaatschap>> leden = register.lidmaatschappen(regio()).stream().collect(Collectors.groupingBy(Lidmaatschap::gemeente));
        Map<String, Long> budgetten = new HashMap<>();
        opslag.budgetten().stream().filter(b -> b.jaar() == jaar).forEach(b -> budgetten.put(b.gemeente(), b.budget()));
        Map<String, Long> kosten = kosten(jaar, leden);
        Map<String, Long> vorigJaar = kosten(jaar - 1, leden);
        Map<String, Long> drieJaar = new HashMap<>();
        for (int j = jaar - 3; j < jaar; j++) {
            (j == jaar - 1 ? vorigJaar : kosten(j, leden)).forEach((g, b) -> drieJaar.merge(g, b, Long::sum));
        }
        Map<String, Integer> clienten = new HashMap<>();
        for (Wmocijfers.Clientental t : opslag.cijfers().clienten(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31))) {
            if (t.categorie() == null) {
                clienten.put(t.gemeente(), t.clienten());
            }
        }
        List<String> gaten = new ArrayList<>();
        List<Vereveningsgegevens> uit = new ArrayList<>();
        for (Gemeente lid : register.ledenInJaar(regio(), jaar)) {
            Long budget = budgetten.get(lid.code());
            if (budget == null) {
                gaten.add("geen Wmo-budget " + jaar + " van " + lid.naam() + " (" + lid.code() + "); lees budgetten.csv in");
                continue;
            }
            uit.add(new Vereveningsgegevens(lid.code(), Bedrag.eurocent(budget), Bedrag.eurocent(kosten.getOrDefault(lid.code(), 0L)),
                    Map.of(CLIENTEN, (long) clienten.getOrDefault(lid.code(), 0), GEBRUIK_VORIG_JAAR, vorigJaar.getOrDefault(lid.code(), 0L),
                            GEBRUIK_DRIE_JAAR, drieJaar.getOrDefault(lid.code(), 0L))));
        }
        if (!gaten.isEmpty()) {
            throw new OnvolledigeBron(gaten);
        }
        return uit;
    }

    private Map<String, Long> kosten(int jaar, Map<String, List<Lidmaatschap>> leden) throws SQLException {
        return Gerealiseerd.inJaar(opslag, jaar, (g, maand) -> leden.getOrDefault(g, List.of()).stream()
                .anyMatch(l -> l.isGeldigOp(maand.atDay(1))));
    }
}
