package nl.samenspel.module;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.audit.Consoleactor;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.invoer.Begrensd;
import nl.samenspel.invoer.Importresultaat;
import nl.samenspel.invoer.Invoermodule;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * A module's shell import, {@code samenspel:<module>-import <soort> <bestand>}: reads a file whole
 * or refuses it whole, prints the report, and audits the kind (never the file name: it may carry
 * a client's name). A module subclasses it with {@code @Service} and {@code @Command} and names its
 * {@link Invoermodule}; Karaf injects the fields declared here.
 */
public abstract class Importopdracht implements Action {

    @Reference
    Invoerlimieten limieten;

    @Reference
    Auditlog auditlog;

    @Reference
    List<Invoermodule> modules;

    @Argument(index = 0, name = "soort", required = true, description = "The kind of file (a wrong one lists the module's kinds)")
    String soort;

    @Argument(index = 1, name = "bestand", required = true, description = "The file; it is not moved or changed")
    String bestand;

    /** The module's name ({@link Invoermodule#naam()}). */
    protected abstract String module();

    @Override
    public Object execute() throws Exception {
        Invoermodule module = modules.stream().filter(m -> m.naam().equals(module())).findFirst()
                .orElseThrow(() -> new IllegalStateException("module " + module() + " is niet actief"));
        if (!module.soorten().contains(soort)) {
            System.err.println("Onbekende soort '" + soort + "'; bekend: " + String.join(", ", module.soorten()));
            return null;
        }
        Path pad = Path.of(bestand);
        if (!Files.isReadable(pad)) {
            System.err.println("Bestand " + pad + " is niet leesbaar");
            return null;
        }
        Importresultaat r = module.importeerEigen(soort, pad.getFileName().toString(), Begrensd.lees(pad, limieten));
        Command opdracht = getClass().getAnnotation(Command.class);
        auditlog.schrijf(new Auditregel(Consoleactor.naam(), "console " + opdracht.scope() + ":" + opdracht.name(), "soort=" + soort,
                r.geaccepteerd() ? 201 : 422, "console", Instant.now()));
        (r.geaccepteerd() ? System.out : System.err).print(r.rapport());
        if (!r.geaccepteerd() && r.bewaardAls() != null) {
            System.err.println("Kopie en rapport: " + r.bewaardAls());
        }
        return null;
    }
}
