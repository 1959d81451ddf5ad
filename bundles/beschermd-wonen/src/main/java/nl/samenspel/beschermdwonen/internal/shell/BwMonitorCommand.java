package nl.samenspel.beschermdwonen.internal.shell;

import java.io.PrintStream;
import java.time.LocalDate;
import nl.samenspel.beschermdwonen.internal.budget.Budgetbestanden;
import nl.samenspel.beschermdwonen.internal.budget.Budgetten;
import nl.samenspel.beschermdwonen.internal.inlezen.Importdienst;
import nl.samenspel.beschermdwonen.internal.monitoring.Monitoring;
import nl.samenspel.beschermdwonen.internal.monitoring.Overzichten;
import nl.samenspel.module.Monitoropdracht;
import nl.samenspel.api.register.Register;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code samenspel:bw-monitor --jaar J <wat>}: spreiding, kosten, uitstroom or bezetting (options before the argument). */
@Service
@Command(scope = "samenspel", name = "bw-monitor", description = "Prints protected-housing monitoring: spreiding, kosten, uitstroom or bezetting")
public class BwMonitorCommand extends Monitoropdracht {

    @Reference
    Monitoring monitoring;

    @Reference
    Importdienst importdienst;

    @Option(name = "--jaar", description = "Year (spreiding, kosten, uitstroom)")
    int jaar;

    @Option(name = "--peildatum", description = "Day (bezetting), yyyy-mm-dd; default today")
    String peildatum;

    @Override
    protected List<String> overzichten() {
        return List.of("spreiding", "kosten", "uitstroom", "bezetting");
    }

    @Override
    protected void toon(String wat, Register register, ShellTable t, PrintStream out) throws Exception {
        switch (wat) {
            case "spreiding" -> {
                kolommen(t, "Herkomst", "Naam", "Plaatsingen", "Eigen gemeente", "Elders", "% elders", "Waar");
                monitoring.spreiding(register, jaar).herkomst().forEach(r -> t.addRow().addContent(r.gemeente(), r.naam(), r.plaatsingen(),
                        r.inEigenGemeente(), r.elders(), r.aandeelElders(), r.perVestigingsgemeente()));
            }
            case "kosten" -> {
                Budgetbestanden.Gelezen b = Budgetten.lees(registerService(), importdienst.regio(), jaar);
                Overzichten.Kosten k = monitoring.kosten(register, importdienst.regio(), jaar, b.budget(), b.fouten());
                kolommen(t, "Gemeente", "Naam", "Lokaal budget", "Kosten", "Saldo", "Na uittreding");
                k.gemeenten().forEach(r -> t.addRow().addContent(r.gemeente(), r.naam(), euro(r.lokaalBudget()), euro(r.kosten()), euro(r.saldo()),
                        r.naUittreding() == 0 ? "" : euro(r.naUittreding())));
                t.addRow().addContent("", "regio", euro(k.verdeeld()), euro(k.totaleKosten()), euro(k.regionaalResultaat()),
                        k.kostenNaUittreding() == 0 ? "" : euro(k.kostenNaUittreding()));
                k.budgetFouten().forEach(f -> out.println("Budget: " + f));
            }
            case "uitstroom" -> {
                Overzichten.Uitstroom u = monitoring.uitstroom(jaar);
                kolommen(t, "Reden", "Aantal");
                u.perReden().forEach((r, n) -> t.addRow().addContent(r, n));
                out.println("Beëindigd in " + jaar + ": " + u.beeindigd() + ", naar zelfstandig wonen: " + u.aandeelZelfstandig() + "%");
            }
            case "bezetting" -> {
                LocalDate dag = peildatum == null ? LocalDate.now() : LocalDate.parse(peildatum);
                kolommen(t, "Gemeente", "Naam", "Capaciteit", "Bezet", "Overboekt", "%");
                monitoring.bezetting(register, dag).gemeenten().forEach(g -> t.addRow().addContent(g.gemeente(), g.naam(), g.capaciteit(),
                        g.bezet(), g.overboekt(), g.bezettingsgraad()));
            }
            default -> throw new IllegalStateException(wat);
        }
    }


}
