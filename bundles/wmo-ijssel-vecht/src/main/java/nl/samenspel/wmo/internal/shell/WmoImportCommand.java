package nl.samenspel.wmo.internal.shell;

import nl.samenspel.module.Importopdracht;
import nl.samenspel.wmo.internal.inlezen.Importdienst;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code samenspel:wmo-import <soort> <bestand>}: reads a Wmo file whole or refuses it whole, and prints the report. */
@Service
@Command(scope = "samenspel", name = "wmo-import", description = "Reads a Wmo file (CSV, iWmo message or ZIP of messages) whole or not at all")
public class WmoImportCommand extends Importopdracht {

    @Override
    protected String module() {
        return Importdienst.NAAM;
    }
}
