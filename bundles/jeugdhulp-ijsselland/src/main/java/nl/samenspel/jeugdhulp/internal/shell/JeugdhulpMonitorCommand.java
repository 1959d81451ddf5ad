package nl.samenspel.jeugdhulp.internal.shell;

import java.io.PrintStream;
import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.jeugdhulp.internal.monitoring.Monitoring;
import nl.samenspel.jeugdhulp.internal.monitoring.Overzichten;
import nl.samenspel.module.Monitoropdracht;
import nl.samenspel.api.register.Register;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code samenspel:jeugdhulp-monitor --jaar J <wat>} (options before the argument, as Karaf parses them): the monitoring tables of docs/jeugdhulp.md. */
@Service
@Command(scope = "samenspel", name = "jeugdhulp-monitor", description = "Prints youth-care monitoring: budgetten, plafonds, wachttijden or verwijzers")
public class JeugdhulpMonitorCommand extends Monitoropdracht {

    @Reference
    Monitoring monitoring;

    @Reference
    Importdienst importdienst;

    @Option(name = "--jaar", required = true, description = "Year")
    int jaar;

    @Option(name = "--gemeente", description = "CBS code, for wachttijden")
    String gemeente;

    @Override
    protected List<String> overzichten() {
        return List.of("budgetten", "plafonds", "wachttijden", "verwijzers");
    }

    @Override
    protected void toon(String wat, Register register, ShellTable t, PrintStream out) throws Exception {
        switch (wat) {
            case "budgetten" -> {
                Overzichten.Budgetoverzicht o = monitoring.budgetten(register, importdienst.regio(), jaar);
                kolommen(t, "Gemeente", "Naam", "Budget regionaal", "Gerealiseerd regionaal", "Saldo regionaal", "Budget lokaal",
                        "Gerealiseerd lokaal", "Toegewezen", "Clienten");
                o.gemeenten().forEach(r -> budgetregel(t, r));
                // what the gemeenten's rows hold but the region does not count: the rows minus this are the region
                Overzichten.Uittredingsregel n = o.naUittredingTotaal();
                t.addRow().addContent("", n.naam(), "-", euro(n.gerealiseerdRegionaal()), "-", "-", euro(n.gerealiseerdLokaal()),
                        euro(n.toegewezenRegionaal() + n.toegewezenLokaal()), "");
                budgetregel(t, o.regio());
            }
            case "plafonds" -> {
                kolommen(t, "AGB", "Aanbieder", "Plafond", "Toegewezen", "%", "Status", "Gerealiseerd", "%", "Status");
                monitoring.plafonds(jaar).contracten().forEach(r -> t.addRow().addContent(r.agb(), r.naam(), euro(r.plafond()),
                        euro(r.toegewezen()), r.benuttingToegewezen(), r.statusToegewezen(), euro(r.gerealiseerd()), r.benuttingGerealiseerd(),
                        r.statusGerealiseerd()));
            }
            case "wachttijden" -> {
                Overzichten.Wachttijden w = monitoring.wachttijden(jaar, gemeente);
                kolommen(t, "Categorie", "Aantal", "Mediaan (dagen)", "P90 (dagen)");
                w.categorieen().forEach(r -> t.addRow().addContent(r.categorie(), r.aantal(), r.mediaanDagen(), r.p90Dagen()));
                t.addRow().addContent("alle", w.totaal().aantal(), w.totaal().mediaanDagen(), w.totaal().p90Dagen());
                out.println("Starts zonder aanmelddatum: " + w.zonderAanmelddatum());
            }
            case "verwijzers" -> {
                Overzichten.Verwijzers v = monitoring.verwijzers(register, jaar);
                kolommen(t, "Gemeente", "Naam", "Bekend", "Huisarts", "Aandeel huisarts %", "Onbekend");
                v.gemeenten().forEach(r -> t.addRow().addContent(r.gemeente(), r.naam(), r.bekend(), r.aantallen().get("huisarts"),
                        r.aandeelHuisarts(), r.onbekend()));
                t.addRow().addContent("", "regio", v.regio().bekend(), v.regio().aantallen().get("huisarts"), v.regio().aandeelHuisarts(),
                        v.regio().onbekend());
            }
            default -> throw new IllegalStateException(wat);
        }
    }


    private static void budgetregel(ShellTable t, Overzichten.Budgetregel r) {
        t.addRow().addContent(r.gemeente(), r.naam(), euro(r.budgetRegionaal()), euro(r.gerealiseerdRegionaal()), euro(r.saldoRegionaal()),
                euro(r.budgetLokaal()), euro(r.gerealiseerdLokaal()), euro(r.toegewezenTotaal()), r.clienten());
    }

}
