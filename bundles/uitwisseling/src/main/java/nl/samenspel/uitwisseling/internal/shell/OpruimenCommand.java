package nl.samenspel.uitwisseling.internal.shell;

import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.audit.Consoleactor;
import nl.samenspel.uitwisseling.internal.bewaren.Opruimer;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code samenspel:opruimen}: the daily clean-up of kept files, now (docs/privacy.md). */
@Service
@Command(scope = "samenspel", name = "opruimen", description = "Deletes kept files past their retention (klaar/, fout/, refused uploads) now")
public class OpruimenCommand implements Action {

    @Reference
    Opruimer opruimer;

    @Reference
    Auditlog auditlog;

    @Override
    public Object execute() {
        int totaal = 0;
        for (Opruimer.Uitkomst u : opruimer.ruimOp()) {
            System.out.printf("%-28s %4d dagen: %5d verwijderd (%d bytes), %5d bewaard  %s%n", u.soort(), u.termijn().toDays(), u.verwijderd(),
                    u.bytes(), u.bewaard(), u.map().toAbsolutePath());
            totaal += u.verwijderd();
        }
        auditlog.schrijf(new Auditregel(Consoleactor.naam(), "console samenspel:opruimen", "verwijderd=" + totaal, 200, "console",
                java.time.Instant.now()));
        return null;
    }
}
