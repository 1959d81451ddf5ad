package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenspel.api.gezondheid.Meting;

/**
 * The node's exchange in figures for {@code /api/v1/metrics}: the outbox from its table (it survives
 * a restart), the attempts and their time since the start, the state now, and the inbox. Names and
 * meanings are documented in docs/operations.md, "Metrics".
 */
final class Uitwisselingsmeting {

    private static final String BATCHES = "";
    private final KnooppuntUitwisseling u;

    Uitwisselingsmeting(KnooppuntUitwisseling u) {
        this.u = u;
    }

    List<Meting> metingen() {
        List<Meting> uit = new ArrayList<>();
        try {
            Uitgaandeopslag.Wachtrij rij = u.opslag().wachtrij();
            Uitgaandeopslag.Stand stand = u.opslag().stand();
            uit.add(Meting.meter("samenspel.uitwisseling.wachtrij", "Batches die wachten op verzending naar de hub", BATCHES, Map.of(),
                    rij.batches()));
            uit.add(Meting.meter("samenspel.uitwisseling.wachtrij.oudste", "Leeftijd van de oudste wachtende batch (0 als er geen wacht)",
                    "seconds", Map.of(), rij.oudste() == null ? 0 : Math.max(0, Duration.between(rij.oudste(), Instant.now()).toSeconds())));
            uit.add(Meting.teller("samenspel.uitwisseling.batches", "Batches die de hub beantwoordde, naar uitkomst", BATCHES,
                    Map.of("uitkomst", "ontvangen"), stand.batchesVerzonden()));
            uit.add(Meting.teller("samenspel.uitwisseling.batches", "Batches die de hub beantwoordde, naar uitkomst", BATCHES,
                    Map.of("uitkomst", "geweigerd"), stand.batchesMislukt()));
        } catch (SQLException e) {
            throw new IllegalStateException("uitgaande wachtrij niet te lezen (SQLState " + e.getSQLState() + ")", e);
        }
        Verzender v = u.verzender();
        Verzender.Stand nu = v.stand();
        uit.add(Meting.teller("samenspel.uitwisseling.pogingen.mislukt", "Verzendpogingen die mislukten (geen verbinding, 5xx, time-out)"
                + " sinds de start", "", Map.of(), v.pogingenMislukt()));
        uit.add(Meting.teller("samenspel.uitwisseling.verzendingen", "Verzendpogingen sinds de start", "", Map.of(), v.verzendingen()));
        uit.add(Meting.teller("samenspel.uitwisseling.verzendduur", "Tijd van alle verzendpogingen samen sinds de start", "seconds",
                Map.of(), v.verzendduur().toNanos() / 1e9));
        uit.add(Meting.meter("samenspel.uitwisseling.storing", "Hoe lang het verzenden al onafgebroken faalt (0 als het niet faalt)",
                "seconds", Map.of(), v.storingsduur().toMillis() / 1000.0));
        uit.add(Meting.meter("samenspel.uitwisseling.hub.traag", "1 zolang een batch langer dan traagNaS op antwoord van de hub wacht",
                "", Map.of(), nu.toestand() == Verzender.Toestand.TRAAG ? 1 : 0));
        uit.add(Meting.meter("samenspel.uitwisseling.inbox.wachtend", "Bestanden in de inbox die nog niet zijn verwerkt", "",
                Map.of(), wachtend(u.inbox())));
        uit.add(Meting.teller("samenspel.uitwisseling.inbox.apart", "Inboxbestanden die sinds de start apart zijn gezet", "",
                Map.of(), u.inboxstand().apartGezet()));
        for (Stamgegevensophaler.Stand stand : u.stamgegevens().standen()) {
            Map<String, String> module = Map.of("module", stand.module());
            if (stand.opgehaald() != null) {
                uit.add(Meting.meter("samenspel.uitwisseling.stamgegevens.leeftijd", "Leeftijd van de stamgegevens van de hub waartegen"
                        + " het knooppunt controleert", "seconds", module, Math.max(0, Duration.between(stand.opgehaald(), Instant.now()).toSeconds())));
            }
            uit.add(Meting.meter("samenspel.uitwisseling.stamgegevens.fout", "1 zolang het ophalen van de stamgegevens van de hub faalt",
                    "", module, stand.laatsteFout() == null ? 0 : 1));
        }
        return uit;
    }

    /** Files at inbox/<module>/<soort>/, not counting those still being written (.tmp, .part). */
    static long wachtend(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> paden = Files.find(inbox, 3, (p, a) -> a.isRegularFile() && inbox.relativize(p).getNameCount() == 3
                && !p.getFileName().toString().matches(".*\\.(tmp|part)$"))) {
            return paden.count();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalStateException("inbox " + inbox + " niet te tellen: " + e.getClass().getSimpleName(), e);
        }
    }
}
