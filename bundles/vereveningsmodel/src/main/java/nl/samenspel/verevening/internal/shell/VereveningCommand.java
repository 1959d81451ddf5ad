package nl.samenspel.verevening.internal.shell;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenspel.api.audit.Auditlog;
import nl.samenspel.api.audit.Auditregel;
import nl.samenspel.api.audit.Consoleactor;
import nl.samenspel.api.geld.Bedrag;
import nl.samenspel.verevening.engine.VereveningsFout;
import nl.samenspel.verevening.internal.model.Modelbestanden;
import nl.samenspel.verevening.internal.run.Run;
import nl.samenspel.verevening.internal.run.Vereveningsdienst;
import nl.samenspel.verevening.internal.run.Verzoek;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code samenspel:verevening}: runs the region's model (or a given model file) on
 * inputs from a CSV file and prints the statement table; or prints a stored run.
 */
@Service
@Command(scope = "samenspel", name = "verevening", description = "Runs an equalization model and prints the statement table")
public class VereveningCommand implements Action {

    @Reference
    Vereveningsdienst dienst;

    /** Mandatory: the audit bundle is part of samenspel-core, and a run made unrecorded is worse than no command. */
    @Reference
    Auditlog auditlog;

    @Option(name = "--regio", description = "Region id, e.g. jeugdhulp-ijsselland")
    String regio;

    @Option(name = "--jaar", description = "Year")
    int jaar;

    @Option(name = "--invoer", description = "CSV with gemeente;budget;kosten[;sleutel...], amounts in eurocent; default: the region's module")
    String invoer;

    @Option(name = "--model", description = "Model JSON file; default: the region's model file for the year")
    String model;

    @Option(name = "--run", description = "Print a stored run instead of computing one")
    long runId;

    @Override
    public Object execute() throws Exception {
        PrintStream out = System.out;
        Run run;
        try {
            if (runId > 0) {
                run = dienst.run(runId).orElse(null);
                if (run == null) {
                    System.err.println("Geen run " + runId);
                    return null;
                }
            } else {
                if (regio == null || jaar == 0) {
                    System.err.println("Geef --regio en --jaar, en --invoer als geen module de invoer levert (of --run <nummer>)");
                    return null;
                }
                run = berekenEnLeg(Consoleactor.naam());
            }
        } catch (VereveningsFout e) {
            System.err.println("Geweigerd, " + e.fouten().size() + " fout(en):");
            e.fouten().forEach(f -> System.err.println("  " + f));
            return null;
        }
        out.println("Run " + run.id() + ": " + run.regio() + " " + run.jaar() + ", model " + run.model().path("naam").asText());
        ShellTable tabel = new ShellTable();
        for (String kolom : List.of("Gemeente", "Naam", "Budget", "Kosten", "Sigma", "Toerekening", "Verevening", "Saldo")) {
            tabel.column(kolom);
        }
        for (Run.Lid lid : run.leden()) {
            tabel.addRow().addContent(lid.gemeente(), lid.naam(), euro(lid.budget()), euro(lid.kosten()), lid.sigmaDecimaal().substring(0, 8),
                    euro(lid.toerekening()), euro(lid.verevening()), euro(lid.saldo()));
        }
        tabel.addRow().addContent("", "totaal", "", euro(run.totaleKosten()), "", euro(run.controle().somToerekening()),
                euro(run.controle().somVerevening()), "");
        tabel.print(out);
        return null;
    }

    /**
     * Computes and stores a run made by the console's user, and writes the attempt to the audit log
     * whether it succeeds or not: a run is a claim on municipalities' money. The audit object holds
     * identifiers only.
     */
    private Run berekenEnLeg(String actor) throws Exception {
        Run run;
        try {
            // read like a region's model file: within the bounds on input, refused naming the file
            JsonNode modelNode = model == null ? null : Modelbestanden.json(Path.of(model), model, dienst.limieten());
            run = dienst.bereken(new Verzoek(regio, jaar, Arrays.asList(modelNode),
                    invoer == null ? List.of() : leesInvoer(Path.of(invoer))), actor);
        } catch (Exception e) {
            try {
                leg(actor, 500);
            } catch (RuntimeException auditfout) {
                // the reason the run failed stays the answer; the audit failure travels with it
                e.addSuppressed(auditfout);
            }
            throw e;
        }
        // not swallowed: a stored run whose making went unrecorded must show as an error
        leg(actor, 200);
        return run;
    }

    private void leg(String actor, int resultaat) {
        auditlog.schrijf(new Auditregel(actor, "console samenspel:verevening", "regio=" + regio + " jaar=" + jaar, resultaat,
                "console", Instant.now()));
    }

    private static String euro(long centen) {
        return Bedrag.eurocent(centen).alsTekst();
    }

    /** gemeente;budget;kosten[;sleutel...] with a header line; comma-separated files are read too. */
    static List<Run.Invoer> leesInvoer(Path bestand) throws IOException {
        String tekst = Files.readString(bestand, StandardCharsets.UTF_8).replace("\ufeff", "");
        char scheiding = tekst.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        CSVFormat formaat = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(scheiding).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).setIgnoreEmptyLines(true).build();
        List<Run.Invoer> leden = new ArrayList<>();
        try (Reader r = new java.io.StringReader(tekst); CSVParser p = formaat.parse(r)) {
            List<String> sleutels = p.getHeaderNames().stream().filter(k -> !List.of("gemeente", "budget", "kosten").contains(k)).toList();
            for (CSVRecord rec : p) {
                Map<String, Long> waarden = new LinkedHashMap<>();
                for (String s : sleutels) {
                    if (!rec.get(s).isEmpty()) {
                        waarden.put(s, getal(rec, s));
                    }
                }
                leden.add(new Run.Invoer(rec.get("gemeente"), getal(rec, "budget"), getal(rec, "kosten"), waarden));
            }
        }
        return leden;
    }

    private static long getal(CSVRecord rec, String kolom) {
        try {
            return Long.parseLong(rec.get(kolom));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("regel " + (rec.getRecordNumber() + 1) + ", kolom " + kolom + ": '" + rec.get(kolom)
                    + "' is geen geheel getal (eurocent)", e);
        }
    }
}
