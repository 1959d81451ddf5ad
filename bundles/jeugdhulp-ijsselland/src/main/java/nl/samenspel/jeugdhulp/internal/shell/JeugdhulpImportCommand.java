package nl.samenspel.jeugdhulp.internal.shell;

import nl.samenspel.jeugdhulp.internal.inlezen.Importdienst;
import nl.samenspel.module.Importopdracht;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code samenspel:jeugdhulp-import <soort> <bestand>}: reads a youth-care file whole or refuses it whole, and prints the report. */
@Service
@Command(scope = "samenspel", name = "jeugdhulp-import", description = "Reads a youth-care file (CSV, iJw message or ZIP of messages) whole or not at all")
public class JeugdhulpImportCommand extends Importopdracht {

    @Override
    protected String module() {
        return Importdienst.NAAM;
    }
}
