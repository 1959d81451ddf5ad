package nl.samenspel.register.internal.shell;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Regio;
import nl.samenspel.api.register.Register;
import nl.samenspel.api.register.RegisterService;
import nl.samenspel.api.register.RegisterStatus;
import nl.samenspel.rest.Parameters;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code samenspel:register}: the regions and their members at a date, and the register's state. */
@Service
@Command(scope = "samenspel", name = "register", description = "Lists the regions and their members at a date")
public class RegisterCommand implements Action {

    @Reference
    RegisterService registerService;

    @Option(name = "-d", aliases = "--peildatum", description = "Date (YYYY-MM-DD); today when absent")
    String peildatum;

    @Argument(index = 0, name = "regio", description = "Only this region (id)", required = false)
    String regioId;

    @Override
    public Object execute() {
        PrintStream out = System.out;
        LocalDate datum;
        try {
            datum = peildatum == null ? LocalDate.now(Parameters.TIJDZONE) : LocalDate.parse(peildatum);
        } catch (DateTimeParseException e) {
            System.err.println("Ongeldige peildatum '" + peildatum + "': verwacht JJJJ-MM-DD");
            return null;
        }
        RegisterStatus status = registerService.status();
        status.laatsteWeigering().ifPresent(w -> {
            System.err.println("LET OP: de configuratie in " + status.bron() + " is geweigerd op " + w.tijdstip()
                    + (status.actief().isPresent() ? "; het vorige register blijft actief." : "; er is geen geldig register."));
            w.fouten().forEach(f -> System.err.println("  " + f));
        });
        if (status.actief().isEmpty()) {
            return null;
        }
        Register register = status.actief().get();
        List<Regio> regios = register.regios().stream().filter(r -> regioId == null || r.id().equals(regioId)).toList();
        if (regios.isEmpty()) {
            System.err.println("Onbekende regio '" + regioId + "'; bekend: "
                    + register.regios().stream().map(Regio::id).collect(Collectors.joining(", ")));
            return null;
        }
        out.println("Register versie " + register.versie().substring(0, 12) + " uit " + status.bron() + ", peildatum " + datum);
        ShellTable tabel = new ShellTable();
        tabel.column("Regio");
        tabel.column("Domein");
        tabel.column("Penvoerder");
        tabel.column("Aantal").alignRight();
        tabel.column("Leden").maxSize(100).wrap();
        for (Regio regio : regios) {
            List<Gemeente> leden = register.leden(regio.id(), datum);
            tabel.addRow().addContent(regio.id(), regio.domein().code(),
                    register.gemeente(regio.penvoerder()).map(Gemeente::naam).orElse(regio.penvoerder()),
                    leden.size(),
                    leden.stream().map(g -> g.code() + " " + g.naam()).collect(Collectors.joining(", ")));
        }
        tabel.print(out);
        return null;
    }
}
