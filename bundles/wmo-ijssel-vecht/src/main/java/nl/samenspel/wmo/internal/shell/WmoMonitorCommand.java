package nl.samenspel.wmo.internal.shell;

import java.io.PrintStream;
import java.util.List;
import nl.samenspel.api.register.Register;
import nl.samenspel.module.Monitoropdracht;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import nl.samenspel.wmo.internal.monitoring.Halfjaar;
import nl.samenspel.wmo.internal.monitoring.Monitoring;
import nl.samenspel.wmo.internal.monitoring.Overzichten;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code samenspel:wmo-monitor --jaar J [--halfjaar 1|2] <wat>} (options before the argument, as Karaf
 * parses them): the monitoring tables of docs/wmo.md.
 */
@Service
@Command(scope = "samenspel", name = "wmo-monitor",
        description = "Prints Wmo monitoring: clienten, budgetten, plafonds, trajecten, beweging or doorlooptijden")
public class WmoMonitorCommand extends Monitoropdracht {

    @Reference
    Monitoring monitoring;

    @Reference
    Importdienst importdienst;

    @Option(name = "--jaar", required = true, description = "Year")
    int jaar;

    @Option(name = "--halfjaar", description = "1 or 2, for clienten and beweging (default 1)")
    int halfjaar = 1;

    @Override
    protected List<String> overzichten() {
        return List.of("clienten", "budgetten", "plafonds", "trajecten", "beweging", "doorlooptijden");
    }

    @Override
    protected void toon(String wat, Register register, ShellTable t, PrintStream out) throws Exception {
        String regio = importdienst.regio();
        switch (wat) {
            case "clienten" -> {
                kolommen(t, "Gemeente", "Naam", "Categorie", "Clienten", "Inwoners", "Per 1.000");
                monitoring.clienten(register, regio, new Halfjaar(jaar, halfjaar)).regels().forEach(r -> t.addRow().addContent(r.gemeente(),
                        r.naam(), r.omschrijving(), r.clienten(), r.inwoners(), r.per1000()));
            }
            case "budgetten" -> {
                Overzichten.Budgetoverzicht o = monitoring.budgetten(register, regio, jaar);
                kolommen(t, "Gemeente", "Naam", "Budget", "Toegewezen", "Maatwerk", "Algemeen", "Taakgericht", "Gerealiseerd", "% budget");
                o.gemeenten().forEach(r -> budgetregel(t, r));
                budgetregel(t, o.regio());
            }
            case "plafonds" -> {
                kolommen(t, "AGB", "Aanbieder", "Onderwerp", "Bestedingsruimte", "Besteed", "%", "Signaal");
                monitoring.plafonds(jaar).contracten().forEach(r -> t.addRow().addContent(r.agb(), r.aanbieder(), r.onderwerp(),
                        euro(r.bestedingsruimte()), euro(r.besteed()), r.procent(), r.signaal()));
            }
            case "trajecten" -> {
                kolommen(t, "Product", "Omschrijving", "Trajecten", "Afgerond", "Kosten", "Gemiddeld");
                monitoring.trajecten(jaar).producten().forEach(r -> t.addRow().addContent(r.categorie() + "/" + r.code(), r.omschrijving(),
                        r.trajecten(), r.afgerond(), euro(r.kosten()), euro(r.gemiddeldeKosten())));
            }
            case "beweging" -> {
                Overzichten.Bewegingoverzicht o = monitoring.beweging(register, regio, new Halfjaar(jaar, halfjaar));
                kolommen(t, "Gemeente", "Naam", "Clienten maatwerk/mnd", "Deelnemers algemeen/mnd", "% algemeen", "Trend (pp)",
                        "Kosten maatwerk", "Kosten algemeen", "% algemeen", "Trend (pp)", "Bekende deelnemers");
                o.gemeenten().forEach(r -> bewegingregel(t, r));
                bewegingregel(t, o.regio());
            }
            case "doorlooptijden" -> {
                Overzichten.Doorlooptijden d = monitoring.doorlooptijden(register, regio, jaar);
                kolommen(t, "Gemeente", "Naam", "Aanvragen", "Mediaan (dagen)", "P90 (dagen)", "Na 8 weken");
                d.gemeenten().forEach(r -> t.addRow().addContent(r.gemeente(), r.naam(), r.aanvragen(), r.mediaan(), r.p90(), r.langerDanAchtWeken()));
                out.println("Toewijzingen na meer dan 8 weken: " + d.signaleringen().size() + " (GET /api/v1/wmo/monitoring/doorlooptijden)");
            }
            default -> throw new IllegalStateException(wat);
        }
    }

    private static void budgetregel(ShellTable t, Overzichten.Budgetregel r) {
        t.addRow().addContent(r.gemeente() == null ? "" : r.gemeente(), r.naam(), euro(r.budget()), euro(r.toegewezen()), euro(r.maatwerk()),
                euro(r.algemeen()), euro(r.taakgericht()), euro(r.gerealiseerd()), r.procentVanBudget());
    }

    private static void bewegingregel(ShellTable t, Overzichten.Bewegingregel r) {
        t.addRow().addContent(r.gemeente() == null ? "" : r.gemeente(), r.naam(), r.clientenMaatwerk(), r.deelnemersAlgemeen(),
                r.aandeelAlgemeenClienten(), r.trendClienten(), euro(r.kostenMaatwerk()), euro(r.kostenAlgemeen()), r.aandeelAlgemeenKosten(),
                r.trendKosten(), r.bekendeDeelnemers());
    }
}
