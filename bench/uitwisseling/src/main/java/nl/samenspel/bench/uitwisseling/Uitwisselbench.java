package nl.samenspel.bench.uitwisseling;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.samenspel.bench.steun.Basislijn;
import nl.samenspel.bench.steun.Belasting;
import nl.samenspel.bench.steun.Installatie;
import nl.samenspel.bench.steun.Mappen;
import nl.samenspel.bench.steun.Statistiek;

/**
 * The exchange end to end (issue 6): a hub (profile zwolle) and a Deventer node (profile
 * deventer, gemeente 0150) as two real Karaf processes on loopback, set up as the system test
 * does. Throughput: K files with n allocations in all are renamed into the node's inbox at once;
 * the time runs until the hub's import log holds all n. Baseline in the same run: raw JDBC batch
 * inserts of the same rows into a fresh embedded Derby. Latency: single small files, one after
 * the other, from the rename until the hub's import log shows the file's batch.
 * See bench/uitwisseling/README.md.
 */
public final class Uitwisselbench {

    private static final String SOORT = "toewijzingen";
    private static final String HUB_PREFIX = SOORT + "-" + Gegevens.GEMEENTE + "-";
    private static final int HUB_POORT = 18380;
    private static final int NODE_POORT = 18385;

    // options
    private int aantal = 200_000;
    private int bestanden = 20;
    private int batchgrootte = 5_000;
    private int intervalMs = 200;
    private int latentie = 50;
    private int latentieRecords = 5;
    private long seed = 2016;
    private int basislijnHerhalingen = 3;
    /** Warm-up files (of the throughput file size) before the measured round; -1: a tenth of --bestanden, at least 1. */
    private int opwarmBestanden = -1;
    private int timeoutS = 3_600;
    private boolean klein;
    private Path werk = Path.of("target/work");
    private Path resultaat = Path.of("target/result.txt");
    private Path distributie;
    private Path checkout = Path.of("../..");
    /** A stack-sampling profile of the throughput phase into this file (disturbs the timing; never in a measured run). */
    private Path profiel;
    private int profielMs = 250;

    private final List<String> verslag = new ArrayList<>();
    private Uitwisselinstallatie hub;
    private Uitwisselinstallatie node;
    private Belasting belasting;

    public static void main(String[] args) throws Exception {
        Uitwisselbench bench = new Uitwisselbench();
        bench.opties(args);
        int code = 0;
        try {
            bench.voerUit();
        } catch (Exception | Error e) {
            System.out.println("FAILED: " + e);
            e.printStackTrace(System.out);
            code = 1;
        } finally {
            bench.stopAlles();
        }
        System.exit(code);
    }

    private void opties(String[] args) {
        for (String a : args) {
            if (a.equals("--klein")) {
                klein = true;
                aantal = 20_000;
                latentie = 10;
                basislijnHerhalingen = 1;
            }
        }
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--klein")) {
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--aantal" -> aantal = Integer.parseInt(v);
                case "--bestanden" -> bestanden = Integer.parseInt(v);
                case "--batchgrootte" -> batchgrootte = Integer.parseInt(v);
                case "--interval-ms" -> intervalMs = Integer.parseInt(v);
                case "--latentie" -> latentie = Integer.parseInt(v);
                case "--latentie-records" -> latentieRecords = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--basislijn-herhalingen" -> basislijnHerhalingen = Integer.parseInt(v);
                case "--opwarmen" -> opwarmBestanden = Integer.parseInt(v);
                case "--timeout-s" -> timeoutS = Integer.parseInt(v);
                case "--werkmap" -> werk = Path.of(v);
                case "--resultaat" -> resultaat = Path.of(v);
                case "--distributie" -> distributie = Path.of(v);
                case "--checkout" -> checkout = Path.of(v);
                case "--profiel" -> profiel = Path.of(v).toAbsolutePath();
                case "--profiel-ms" -> profielMs = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a + " (see bench/uitwisseling/README.md)");
            }
        }
        if (aantal < bestanden || bestanden < 1 || latentie < 0 || latentieRecords < 1 || batchgrootte < 1 || basislijnHerhalingen < 1) {
            throw new IllegalArgumentException("need --aantal >= --bestanden >= 1, --latentie >= 0, --latentie-records, --batchgrootte,"
                    + " --basislijn-herhalingen >= 1");
        }
        if (opwarmBestanden < 0) {
            opwarmBestanden = Math.max(1, bestanden / 10);
        }
        werk = werk.toAbsolutePath().normalize();
        resultaat = resultaat.toAbsolutePath().normalize();
        checkout = checkout.toAbsolutePath().normalize();
        if (distributie == null) {
            throw new IllegalArgumentException("--distributie <samenspel-distribution-*.tar.gz> is required (run.sh passes a copy)");
        }
        distributie = distributie.toAbsolutePath().normalize();
    }

    private void voerUit() throws Exception {
        long start = System.nanoTime();
        Files.createDirectories(werk);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAlles, "stop-installaties"));

        // --- the distribution, the PKI, the key (not timed)
        Path karaf = werk.resolve("karaf");
        stap("unpacking " + distributie + " to " + karaf);
        Installatie.pakUit(distributie, karaf);
        Path pki = werk.resolve("pki");
        Mappen.verwijder(pki);
        stap("test PKI: pki/maak-test-pki.sh " + pki + " 0193 0150");
        opdracht(checkout, checkout.resolve("pki/maak-test-pki.sh").toString(), pki.toString(), "0193", "0150");
        Path sleutel = werk.resolve("pseudoniem.sleutel");
        Files.writeString(sleutel, Base64.getEncoder().encodeToString(Gegevens.SLEUTEL) + "\n");
        Path moduleJar;
        try (Stream<Path> s = Files.list(karaf.resolve("system/nl/samenspel/jeugdhulp-ijsselland"))) {
            moduleJar = s.flatMap(v -> {
                try {
                    return Files.list(v);
                } catch (IOException e) {
                    return Stream.empty();
                }
            }).filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }

        // --- data (not timed)
        stap(String.format(Locale.ROOT, "generating %,d allocations in %d files + %d latency files of %d", aantal, bestanden, latentie,
                latentieRecords));
        Gegevens g = Gegevens.maak(seed, aantal, bestanden, latentie, latentieRecords, opwarmBestanden, werk.resolve("data"));
        stap(g.herkomst);

        // --- the processes' numbers come later; the sampler knows their pids once they run
        hub = new Uitwisselinstallatie("zwolle", null, HUB_POORT, werk, karaf);
        node = new Uitwisselinstallatie("deventer", Gegevens.GEMEENTE, NODE_POORT, werk, karaf);
        belasting = new Belasting(Belasting.Telling.MET_KERNEL, () -> hub.pid(), () -> node.pid());

        // --- baseline first, while no installation runs: raw JDBC batch inserts of the same rows
        System.setProperty("derby.system.home", werk.resolve("derby-basislijn").toString());
        Basislijnmeting basislijn = new Basislijnmeting(werk.resolve("basislijn-db"), moduleJar);
        stap("baseline: 1 warm-up + " + basislijnHerhalingen + " measured runs of raw JDBC batch inserts (" + String.join(", ", basislijn.migraties)
                + " from " + karaf.relativize(moduleJar) + ")");
        double opwarm = basislijn.meet(g.rijen);
        stap(String.format(Locale.ROOT, "baseline warm-up %.2f s", opwarm));
        List<Double> basis = new ArrayList<>();
        Belasting.Monster b0 = belasting.neem();
        for (int i = 0; i < basislijnHerhalingen; i++) {
            basis.add(basislijn.meet(g.rijen));
            stap(String.format(Locale.ROOT, "baseline run %d: %.2f s", i + 1, basis.get(i)));
        }
        Belasting.Samenvatting basisLast = belasting.tussen(b0, belasting.neem());
        double basisMediaan = Statistiek.mediaan(basis);
        double basisRate = aantal / basisMediaan;

        // --- both installations, started at once
        Map<String, String> uitwisseling = new LinkedHashMap<>();
        uitwisseling.put("batchgrootte", Integer.toString(batchgrootte));
        uitwisseling.put("intervalMs", Integer.toString(intervalMs));
        // the node checks what it sends against the hub's master data too: fetch it soon after the hub has it
        uitwisseling.put("stamgegevensIntervalS", "1");
        Path profielen = checkout.resolve("regional-config/nodes");
        hub.richtIn(profielen, karaf.resolve("regional-config"), pki, sleutel, hub.tlsPoort, Map.of());
        node.richtIn(profielen, karaf.resolve("regional-config"), pki, sleutel, hub.tlsPoort, uitwisseling);
        stap("starting hub (zwolle, http " + hub.httpPoort + ", two-way TLS " + hub.tlsPoort + ") and node (deventer, http " + node.httpPoort + ")");
        hub.gebruiker(Http.GEBRUIKER, Http.ROLLEN, Http.WACHTWOORD);
        node.gebruiker(Http.GEBRUIKER, Http.ROLLEN, Http.WACHTWOORD);
        long tBoot = System.nanoTime();
        hub.start();
        node.start();
        Duration boot = Duration.ofSeconds(300);
        hub.wachtTotGereed(System.nanoTime(), boot, hub.http()::gereedheid);
        hub.http().wachtOpJson(hub, boot, "jeugdhulp/imports?aantal=1");
        double hubKlaar = (System.nanoTime() - tBoot) / 1e9;
        node.wachtTotGereed(System.nanoTime(), boot, node.http()::gereedheid);
        node.http().wachtOpJson(node, boot, "uitwisseling/status", "jeugdhulp/imports?aantal=1");
        wachtOpInbox();
        double nodeKlaar = (System.nanoTime() - tBoot) / 1e9;
        stap(String.format(Locale.ROOT, "ready: hub after %.1f s, node after %.1f s (pids %d, %d)", hubKlaar, nodeKlaar, hub.pid(), node.pid()));

        // --- master data: at the hub through REST, at the node through its inbox (local-only kinds there)
        long tStam = System.nanoTime();
        for (String soort : Gegevens.STAMSOORTEN) {
            Http.Antwoord a = hub.http().post("jeugdhulp/imports/" + soort + "?bestand=" + soort + ".csv", "text/csv", g.stam.get(soort));
            if (a.status() != 201) {
                throw new IllegalStateException("hub: import " + soort + " gaf HTTP " + a.status() + ": " + a.body());
            }
        }
        for (String soort : Gegevens.STAMSOORTEN) {
            Path tmp = node.klaarzetten(soort, soort + ".csv", g.stam.get(soort));
            Uitwisselinstallatie.geefVrij(tmp);
            wachtOpVerwerkt(soort, soort + ".csv", Duration.ofSeconds(120));
        }
        JsonNode stand = node.http().get("uitwisseling/status").json();
        if (stand.path("wachtend").asLong() != 0 || stand.path("verzonden").asLong() != 0) {
            throw new IllegalStateException("node: stamgegevens in de outbox: " + stand);
        }
        wachtOpHubstamgegevens(java.time.Instant.now(), Duration.ofSeconds(60));
        double stamS = (System.nanoTime() - tStam) / 1e9;
        stap(String.format(Locale.ROOT, "master data loaded in %.1f s (hub: 4 REST imports; node: 4 inbox files)", stamS));
        // let both settle after boot and loading (JIT, whiteboard), as the machine would be before a day's files arrive
        Thread.sleep(5_000);

        double opwarmS = g.opwarmen.isEmpty() ? 0 : opwarmen(g);
        Doorvoer d = doorvoer(g);
        List<Latentie> lat = latentie(g);

        // --- stop both (SIGTERM via karaf.pid), then report
        List<String> gestopt = stopAlles();
        schrijfVerslag(g, basis, opwarm, basisMediaan, basisRate, basisLast, hubKlaar, nodeKlaar, stamS, opwarmS, d, lat, gestopt,
                basislijn.migraties, moduleJar, karaf, start);
    }

    // ------------------------------------------------------------------------------------------------ throughput

    /** What the throughput phase measured and collected. */
    private record Doorvoer(Instant t0, Instant eind, double seconden, double renamesMs, Belasting.Samenvatting last, List<Bestandsverloop> bestanden,
                            List<Batchverloop> batches, int hubBatches, long hubRecords, long nodeVerzonden, long nodeBatchesVerzonden,
                            List<String> waarschuwingen, Map<String, Double> hubDraden, Map<String, Double> nodeDraden) {
    }

    /** One file at the node: stamp (route starts), import log TIJDSTIP (store starts), log line (committed, moved). */
    private record Bestandsverloop(String naam, int records, Instant opgepakt, Instant opslagStart, Instant klaar) {
    }

    /** One batch: made at the node, hub starts storing, hub committed, node marked it sent. */
    private record Batchverloop(String sleutel, int records, Instant gemaakt, Instant hubStart, Instant hubKlaar, Instant ontvangen) {
    }

    /** Until the node has fetched the hub's master data after {@code na}: before, it refuses what the hub did not know yet. */
    private void wachtOpHubstamgegevens(java.time.Instant na, Duration hooguit) throws Exception {
        long einde = System.nanoTime() + hooguit.toNanos();
        while (System.nanoTime() < einde) {
            node.moetLeven();
            for (JsonNode s : node.http().get("uitwisseling/status").json().path("stamgegevens")) {
                if (s.path("module").asText().equals("jeugdhulp") && s.hasNonNull("opgehaald")
                        && java.time.Instant.parse(s.get("opgehaald").asText()).isAfter(na)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("node: de stamgegevens van de hub niet opgehaald binnen " + hooguit.toSeconds() + " s");
    }

    private Doorvoer doorvoer(Gegevens g) throws Exception {
        long voorId = maxId(hub.http().get("jeugdhulp/imports?aantal=10000").json());
        stap(String.format(Locale.ROOT, "throughput: writing %d files (%,d records, %.1f MB) as .tmp into the inbox, then renaming them at once",
                g.doorvoer.size(), aantal, g.bytesDoorvoer / 1e6));
        List<Path> tmps = new ArrayList<>();
        for (Gegevens.Bestand b : g.doorvoer) {
            tmps.add(node.klaarzetten(SOORT, b.naam(), b.inhoud()));
        }
        Thread.sleep(1_000);
        Map<Long, Draadtijd.Draad> hubDraden0 = Draadtijd.draden(hub.pid());
        Map<Long, Draadtijd.Draad> nodeDraden0 = Draadtijd.draden(node.pid());
        Belasting.Monster m0 = belasting.neem();
        Instant t0 = Instant.now();
        long n0 = System.nanoTime();
        for (Path tmp : tmps) {
            Uitwisselinstallatie.geefVrij(tmp);
        }
        double renamesMs = (System.nanoTime() - n0) / 1e6;
        Stapels stapels = profiel == null ? null : new Stapels(List.of(
                new Stapels.Groep("node: inbox thread (Camel file consumer)", node.pid(), t -> t.startsWith("Camel") && t.contains("file://")),
                new Stapels.Groep("node: sender thread (Camel timer uitwisseling-verzender)", node.pid(), t -> t.contains("timer://uitwisseling-verzender")),
                new Stapels.Groep("hub: request threads inside OntvangstResource.ontvang", hub.pid(), t -> t.contains("OntvangstResource.ontvang"))),
                profielMs, werk);
        long[] bijHub = wachtTotBijHub(voorId, aantal, n0, "toewijzingen-doorvoer-", g.doorvoer.size());
        long nAf = bijHub[0];
        long opHub = bijHub[1];
        Instant eind = t0.plusNanos(nAf - n0);
        Belasting.Monster m1 = belasting.neem();
        Map<String, Double> hubDraden = Draadtijd.perSoort(hubDraden0, Draadtijd.draden(hub.pid()));
        Map<String, Double> nodeDraden = Draadtijd.perSoort(nodeDraden0, Draadtijd.draden(node.pid()));
        if (stapels != null) {
            stapels.close();
            List<String> p = new ArrayList<>();
            p.add(String.format(Locale.ROOT, "Profile of the throughput phase (%,d allocations in %d files, batchgrootte %d): stacks of the exchange's threads,"
                    + " innermost Samenspel frame [what runs below it]", aantal, bestanden, batchgrootte));
            p.addAll(stapels.verslag());
            Files.write(profiel, p, StandardCharsets.UTF_8);
            p.forEach(Uitwisselbench::stap);
        }
        double seconden = (nAf - n0) / 1e9;
        stap(String.format(Locale.ROOT, "throughput: all %,d records at the hub after %.1f s", aantal, seconden));
        List<String> waarschuwingen = new ArrayList<>();
        if (opHub != aantal) {
            waarschuwingen.add("the hub holds " + opHub + " records of these batches, expected " + aantal + " (duplicates?)");
        }

        // --- the product's own timestamps
        Thread.sleep(1_000); // the node's receipt of the last batch and its log line
        JsonNode nodeLog = node.http().get("jeugdhulp/imports?aantal=10000").json();
        Map<String, JsonNode> nodeImports = new HashMap<>();
        for (JsonNode r : nodeLog) {
            nodeImports.put(r.path("bestand").asText(), r);
        }
        Map<String, Instant> inboxKlaar = Logboek.tijden(node.log(), Pattern.compile("^Inbox: jeugdhulp/toewijzingen/(\\S+) geaccepteerd"));
        List<Bestandsverloop> verloop = new ArrayList<>();
        long nodeRecords = 0;
        for (Gegevens.Bestand b : g.doorvoer) {
            JsonNode r = nodeImports.get(b.naam());
            if (r == null || !r.path("geaccepteerd").asBoolean()) {
                throw new IllegalStateException("node: " + b.naam() + " niet geaccepteerd: " + r);
            }
            nodeRecords += r.path("records").asLong();
            Optional<Path> verwerkt = node.verwerkt(node.klaar(SOORT), b.naam());
            verloop.add(new Bestandsverloop(b.naam(), b.records(), verwerkt.flatMap(p -> Logboek.stempel(p, b.naam())).orElse(null),
                    Logboek.instant(r.get("tijdstip")), inboxKlaar.get(b.naam())));
        }
        if (nodeRecords != aantal) {
            waarschuwingen.add("the node's import log has " + nodeRecords + " records for the files, expected " + aantal);
        }
        verloop.sort(Comparator.comparing(Bestandsverloop::opgepakt, Comparator.nullsLast(Comparator.naturalOrder())));

        JsonNode hubLog = hub.http().get("jeugdhulp/imports?aantal=10000").json();
        Map<String, Instant> hubStart = new HashMap<>();
        for (JsonNode r : hubLog) {
            String bestand = r.path("bestand").asText();
            if (r.path("id").asLong() > voorId && bestand.startsWith(HUB_PREFIX) && r.path("geaccepteerd").asBoolean()) {
                hubStart.put(bestand.substring(HUB_PREFIX.length(), bestand.length() - ".csv".length()), Logboek.instant(r.get("tijdstip")));
            }
        }
        Map<String, Instant> hubKlaar = Logboek.tijden(hub.log(), Pattern.compile("^Batch (\\S+) van gemeente " + Gegevens.GEMEENTE + " ontvangen"));
        JsonNode batchLijst = node.http().get("uitwisseling/batches?aantal=1000").json();
        List<Batchverloop> batches = new ArrayList<>();
        for (JsonNode b : batchLijst) {
            Instant gemaakt = Logboek.instant(b.get("aangemaakt"));
            if (gemaakt == null || gemaakt.isBefore(t0) || !SOORT.equals(b.path("soort").asText())) {
                continue;
            }
            String sleutel = b.path("sleutel").asText();
            if (!"verzonden".equals(b.path("status").asText())) {
                waarschuwingen.add("node batch " + sleutel + " has status " + b.path("status").asText());
            }
            batches.add(new Batchverloop(sleutel, b.path("records").asInt(), gemaakt, hubStart.get(sleutel), hubKlaar.get(sleutel),
                    Logboek.instant(b.get("afgehandeld"))));
        }
        batches.sort(Comparator.comparing(Batchverloop::gemaakt));
        JsonNode status = node.http().get("uitwisseling/status").json();
        if (status.path("wachtend").asLong() != 0 || status.path("mislukt").asLong() != 0) {
            waarschuwingen.add("node outbox after the run: " + status);
        }
        long verwachtBatches = telHub(hubLog, voorId)[0];
        if (batches.size() != verwachtBatches) {
            waarschuwingen.add("the node's batch list (at most 1000 newest) shows " + batches.size() + " batches of this run, the hub "
                    + verwachtBatches + "; the stage analysis covers those " + batches.size());
        }
        return new Doorvoer(t0, eind, seconden, renamesMs, belasting.tussen(m0, m1), verloop, batches, (int) verwachtBatches, opHub,
                status.path("verzonden").asLong(), status.path("batchesVerzonden").asLong(), waarschuwingen, hubDraden, nodeDraden);
    }

    /**
     * Polls the hub's import log every 200 ms until this node's accepted allocations with import id above {@code voorId} add up
     * to {@code verwacht}; returns {nanoTime when seen, records seen}. Fails on a refusal at the hub or the node, or the time-out.
     */
    private long[] wachtTotBijHub(long voorId, long verwacht, long n0, String naamDeel, int bestandenTotaal) throws Exception {
        long eindeN = n0 + TimeUnit.SECONDS.toNanos(timeoutS);
        long volgendeMelding = n0 + 10_000_000_000L;
        while (true) {
            JsonNode log = hub.http().get("jeugdhulp/imports?aantal=10000").json();
            long nu = System.nanoTime();
            long[] telling = telHub(log, voorId);
            if (telling[2] > 0) {
                throw new IllegalStateException("de hub weigerde " + telling[2] + " batch(es); zie " + hub.log());
            }
            if (telling[1] >= verwacht) {
                return new long[] {nu, telling[1]};
            }
            if (nu > eindeN) {
                throw new IllegalStateException("na " + timeoutS + " s " + telling[1] + " van " + verwacht + " records bij de hub");
            }
            if (nu > volgendeMelding) {
                volgendeMelding += 10_000_000_000L;
                long klaar = aantalIn(node.klaar(SOORT), naamDeel);
                long fout = aantalIn(node.fout(SOORT), naamDeel);
                stap(String.format(Locale.ROOT, "  %5.0f s: node has read %d of %d files%s; hub has %,d of %,d records in %d batches",
                        (nu - n0) / 1e9, klaar, bestandenTotaal, fout > 0 ? " (" + fout + " REFUSED)" : "", telling[1], verwacht, telling[0]));
                if (fout > 0) {
                    throw new IllegalStateException("de node weigerde een bestand; rapport in " + node.fout(SOORT));
                }
                node.moetLeven();
                hub.moetLeven();
            }
            Thread.sleep(200);
        }
    }

    /** A round like the measured one, with other numbers and fewer files, so that both JVMs have compiled the paths (not measured). */
    private double opwarmen(Gegevens g) throws Exception {
        long voorId = maxId(hub.http().get("jeugdhulp/imports?aantal=10000").json());
        long records = g.opwarmen.stream().mapToLong(Gegevens.Bestand::records).sum();
        stap(String.format(Locale.ROOT, "warm-up round (not measured): %d files, %,d records", g.opwarmen.size(), records));
        List<Path> tmps = new ArrayList<>();
        for (Gegevens.Bestand b : g.opwarmen) {
            tmps.add(node.klaarzetten(SOORT, b.naam(), b.inhoud()));
        }
        long n0 = System.nanoTime();
        for (Path tmp : tmps) {
            Uitwisselinstallatie.geefVrij(tmp);
        }
        long[] bijHub = wachtTotBijHub(voorId, records, n0, "toewijzingen-opwarmen-", g.opwarmen.size());
        double s = (bijHub[0] - n0) / 1e9;
        long einde = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (node.http().get("uitwisseling/status").json().path("wachtend").asLong() != 0 && System.nanoTime() < einde) {
            Thread.sleep(200);
        }
        stap(String.format(Locale.ROOT, "warm-up round: %,d records at the hub after %.1f s", records, s));
        Thread.sleep(5_000);
        return s;
    }

    /** {accepted batches, their records, refused batches} of this node's allocations at the hub, import id above {@code voorId}. */
    private static long[] telHub(JsonNode log, long voorId) {
        long batches = 0;
        long records = 0;
        long geweigerd = 0;
        for (JsonNode r : log) {
            if (r.path("id").asLong() > voorId && r.path("bestand").asText().startsWith(HUB_PREFIX)) {
                if (r.path("geaccepteerd").asBoolean()) {
                    batches++;
                    records += r.path("records").asLong();
                } else if (!"bezig".equals(r.path("status").asText())) {
                    // a batch being written is logged as bezig first (its row outlives a crash): not a refusal
                    geweigerd++;
                }
            }
        }
        return new long[] {batches, records, geweigerd};
    }

    private static long maxId(JsonNode log) {
        long max = 0;
        for (JsonNode r : log) {
            max = Math.max(max, r.path("id").asLong());
        }
        return max;
    }

    // ------------------------------------------------------------------------------------------------ latency

    private record Latentie(String naam, double seconden, Instant hernoemd, Instant zichtbaar) {
    }

    private List<Latentie> latentie(Gegevens g) throws Exception {
        List<Latentie> uit = new ArrayList<>();
        if (g.latentie.isEmpty()) {
            return uit;
        }
        stap(String.format(Locale.ROOT, "latency: %d files of %d allocations, each after the previous is visible at the hub (polled every 50 ms)",
                g.latentie.size(), latentieRecords));
        long voorId = maxId(hub.http().get("jeugdhulp/imports?aantal=10000").json());
        Thread.sleep(2_000);
        for (Gegevens.Bestand b : g.latentie) {
            Path tmp = node.klaarzetten(SOORT, b.naam(), b.inhoud());
            Thread.sleep(100);
            Instant hernoemd = Instant.now();
            long n0 = System.nanoTime();
            Uitwisselinstallatie.geefVrij(tmp);
            long einde = n0 + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                JsonNode log = hub.http().get("jeugdhulp/imports?aantal=20").json();
                long nu = System.nanoTime();
                long[] t = telHub(log, voorId);
                if (t[2] > 0) {
                    throw new IllegalStateException("de hub weigerde de batch van " + b.naam());
                }
                if (t[1] >= b.records()) {
                    Latentie l = new Latentie(b.naam(), (nu - n0) / 1e9, hernoemd, hernoemd.plusNanos(nu - n0));
                    uit.add(l);
                    voorId = maxId(log);
                    if (t[1] > b.records()) {
                        throw new IllegalStateException("hub: " + t[1] + " records voor " + b.naam() + ", verwacht " + b.records());
                    }
                    break;
                }
                if (nu > einde) {
                    throw new IllegalStateException("latency: " + b.naam() + " na 120 s niet bij de hub; fout/: "
                            + aantalIn(node.fout(SOORT), b.naam()));
                }
                Thread.sleep(50);
            }
            stap(String.format(Locale.ROOT, "  %s: %.3f s", b.naam(), uit.get(uit.size() - 1).seconden()));
        }
        Thread.sleep(500); // the node's receipt of the last batch
        latentieBatches = node.http().get("uitwisseling/batches?aantal=" + Math.min(1000, uit.size() + 5)).json();
        return uit;
    }

    /** The node's newest batches after the latency phase (taken while it still runs). */
    private JsonNode latentieBatches;

    // ------------------------------------------------------------------------------------------------ report

    private void schrijfVerslag(Gegevens g, List<Double> basis, double opwarm, double basisMediaan, double basisRate,
                                Belasting.Samenvatting basisLast, double hubKlaar, double nodeKlaar, double stamS, double opwarmS, Doorvoer d,
                                List<Latentie> lat, List<String> gestopt, List<String> migraties, Path moduleJar, Path karaf, long start)
            throws IOException {
        String cpu = cpuNaam();
        r("=== Uitwisseling end to end: %,d allocations, Deventer node (0150) -> Zwolle hub, two real Karaf processes on loopback ===", aantal);
        r("Measured %s UTC%s, %d cores%s, %s",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(d.t0().atOffset(ZoneOffset.UTC)), klein ? " (SMALL run, --klein)" : "",
                Runtime.getRuntime().availableProcessors(), cpu.isEmpty() ? "" : " (" + cpu + ")", "Java " + System.getProperty("java.version"));
        r("Distribution: %s (%s, built %s); Karaf JVMs with the product's bin/setenv (%s)", distributie.getFileName(),
                String.format(Locale.ROOT, "%.1f MB", Files.size(distributie) / 1e6),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Files.getLastModifiedTime(distributie).toInstant().atOffset(ZoneOffset.UTC))
                        + " UTC", setenv(karaf));
        r("Bench JVM: %s", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        r("Node: nl.samenspel.uitwisseling.cfg batchgrootte %d, intervalMs %d (rest as in regional-config/nodes/deventer); hub https://localhost:%d"
                + " (two-way TLS, test PKI of pki/maak-test-pki.sh)", batchgrootte, intervalMs, hub.tlsPoort);
        r("Data: %s", g.herkomst);
        r("Boot (both started at once): hub ready after %.1f s, node after %.1f s; master data (aanbieders, producten, tarieven, contracten:"
                + " hub by REST, node by inbox) %.1f s", hubKlaar, nodeKlaar, stamS);
        if (!g.opwarmen.isEmpty()) {
            r("Warm-up round before the measured one (JIT of both JVMs; the baseline has its warm-up run too): %d files, %,d allocations with other"
                    + " numbers, %.1f s (%,.0f records/s); the hub then holds these too", g.opwarmen.size(),
                    g.opwarmen.stream().mapToLong(Gegevens.Bestand::records).sum(), opwarmS,
                    g.opwarmen.stream().mapToLong(Gegevens.Bestand::records).sum() / Math.max(1e-9, opwarmS));
        }
        r("");

        double rate = aantal / d.seconden();
        double ratio = rate / basisRate;
        r("Throughput: %,d allocations in %d files of %,d (%.1f MB CSV with BSNs), renamed into data/inbox/jeugdhulp/toewijzingen/ at once (%.0f ms for all renames)",
                aantal, bestanden, aantal / bestanden, g.bytesDoorvoer / 1e6, d.renamesMs());
        r("  %-44s %9.1f s %,10.0f records/s   (renames until the bench saw all %,d in the hub's import log, polled every 200 ms)",
                "end to end (node inbox -> stored at the hub)", d.seconden(), rate, aantal);
        r("  %-44s %9.2f s %,10.0f records/s   (median of %d: %s s; warm-up %.2f s; %s into a fresh embedded Derby, batches of %d, one transaction)",
                "baseline: raw JDBC batch insert, same rows", basisMediaan, basisRate, basis.size(), lijst(basis), opwarm,
                String.join("+", migraties.stream().map(m -> m.substring(m.lastIndexOf('/') + 1)).toList()), Basislijn.BATCH);
        r("  ratio end to end / baseline: %.3f   Target >= 0.6: %s", ratio, ratio >= 0.6 ? "MET" : "MISSED");
        r("");
        stadia(d);
        r("");
        r("  %s", cpu(d.last()));
        r("    node JVM by thread: %s", Draadtijd.tekst(d.nodeDraden()));
        r("    hub JVM by thread: %s", Draadtijd.tekst(d.hubDraden()));
        r("  baseline runs: %s", cpu(basisLast));
        r("");

        if (!lat.isEmpty()) {
            List<Double> s = lat.stream().map(Latentie::seconden).sorted().toList();
            double p50 = Statistiek.nearestRank(s, 50);
            double p95 = Statistiek.nearestRank(s, 95);
            r("Latency: %d files of %d allocations (new numbers), one after the other; from the rename into the inbox until the hub's import log"
                    + " shows the file's batch (polled every 50 ms)", lat.size(), latentieRecords);
            r("  p50 %.3f s, p95 %.3f s (nearest rank), min %.3f s, max %.3f s   Target p95 < 5 s: %s", p50, p95, s.get(0), s.get(s.size() - 1),
                    p95 < 5 ? "MET" : "MISSED");
            latentieDelen(lat);
            r("  all: %s", lijst(lat.stream().map(Latentie::seconden).toList()));
            r("");
        }

        r("Checks: node accepted %d throughput files, %,d records, none refused; node outbox after the run: %,d records sent in %d batches"
                        + " (all runs of this node), 0 waiting, 0 failed; hub: %,d records in %d accepted batches of this run, none refused",
                d.bestanden().size(), d.bestanden().stream().mapToLong(Bestandsverloop::records).sum(), d.nodeVerzonden(),
                d.nodeBatchesVerzonden(), d.hubRecords(), d.hubBatches());
        for (String w : d.waarschuwingen()) {
            r("  WARNING: %s", w);
        }
        if (profiel != null) {
            r("PROFILED RUN: thread dumps every %d ms during the throughput phase disturb its timing; profile in %s", profielMs, profiel);
        }
        r("Stopped: %s", String.join("; ", gestopt));
        boolean gestoord = d.last().vreemdGemiddeld() > 10 || d.last().vreemdHoogst() > 40 || basisLast.vreemdGemiddeld() > 10
                || basisLast.vreemdHoogst() > 40;
        r("Other processes: during the throughput run %d %% of the machine on average (at most %d %%), during the baseline %d %% (at most %d %%)%s",
                d.last().vreemdGemiddeld(), d.last().vreemdHoogst(), basisLast.vreemdGemiddeld(), basisLast.vreemdHoogst(),
                gestoord ? "\nWARNING: other processes used the machine during the run; the numbers are skewed. Run again on an idle machine."
                        : " (undisturbed)");
        r("Logs: %s/{zwolle,deventer}/data/log/karaf.log; processed files in %s/deventer/data/uitwisseling/klaar/", werk, werk);
        r("Total bench time %.0f s", (System.nanoTime() - start) / 1e9);

        Files.createDirectories(resultaat.getParent());
        Files.write(resultaat, verslag, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("==================================================================================================");
        verslag.forEach(System.out::println);
    }

    /** The throughput run cut into consecutive wall-clock parts, and the busy time inside the node import and the sending. */
    private void stadia(Doorvoer d) {
        double e2e = d.seconden();
        List<Bestandsverloop> f = d.bestanden();
        List<Batchverloop> b = d.batches();
        Instant laatsteImport = f.stream().map(Bestandsverloop::klaar).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
        Instant eersteBatch = b.isEmpty() ? null : b.get(0).gemaakt();
        Instant laatsteOntvangst = b.stream().map(Batchverloop::ontvangen).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
        Instant laatsteHub = b.stream().map(Batchverloop::hubKlaar).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
        if (laatsteImport == null || eersteBatch == null || laatsteOntvangst == null || laatsteHub == null) {
            r("  Stages: n/a (timestamps missing: last node import %s, first batch %s, last receipt %s, last hub commit %s)", laatsteImport,
                    eersteBatch, laatsteOntvangst, laatsteHub);
            return;
        }
        r("  Stages, wall clock (consecutive; shares of the end-to-end %.1f s):", e2e);
        deel("renames -> first batch queued at the node", d.t0(), eersteBatch, e2e, "pickup and import of the first file");
        deel("node importing, sending alongside", eersteBatch, laatsteImport, e2e, "until the node's last file is stored");
        deel("sending only, after the node's last import", laatsteImport, laatsteHub, e2e, "until the hub committed the last batch");
        deel("last hub commit -> seen by the bench", laatsteHub, laatsteHub.isAfter(d.eind()) ? laatsteHub : d.eind(), e2e,
                "poll interval 200 ms; 0 when the bench saw it before the hub logged it");
        r("  Stages as asked (overlapping):");
        r("    %-50s %7.1f s  %3.0f %% of end to end   (renames -> last node import committed, from karaf.log)", "node import (inbox read + check + store + outbox)",
                s(d.t0(), laatsteImport), 100 * s(d.t0(), laatsteImport) / e2e);
        r("    %-50s %7.1f s  %3.0f %% of end to end   (first batch queued -> last batch committed at the hub)", "sending / hub storing",
                s(eersteBatch, laatsteHub), 100 * s(eersteBatch, laatsteHub) / e2e);

        // node: the files one after the other (one inbox consumer)
        double lezen = 0;
        double opslaan = 0;
        double tussen = 0;
        int n = 0;
        Instant vorige = null;
        for (Bestandsverloop x : f) {
            if (x.opgepakt() == null || x.opslagStart() == null || x.klaar() == null) {
                continue;
            }
            lezen += s(x.opgepakt(), x.opslagStart());
            opslaan += s(x.opslagStart(), x.klaar());
            if (vorige != null) {
                tussen += s(vorige, x.opgepakt());
            }
            vorige = x.klaar();
            n++;
        }
        Bestandsverloop eerste = f.get(0);
        r("  Node, %d files one after the other (inbox stamp -> import log TIJDSTIP -> karaf.log 'Inbox: ... geaccepteerd'):", n);
        r("    first file taken up %.2f s after the renames; read + checks (parse, elfproef, pseudonym, register/stamgegevens) %.1f s in all;"
                + " store (TOEWIJZING + outbox batches + commit) %.1f s; between files (Camel poll + readLock) %.1f s", s(d.t0(), eerste.opgepakt()),
                lezen, opslaan, tussen);
        if (n >= 2) {
            Bestandsverloop a = f.get(0);
            Bestandsverloop z = f.get(f.size() - 1);
            r("    per file: first %.2f s (read+check %.2f, store %.2f), last %.2f s (read+check %.2f, store %.2f)", s(a.opgepakt(), a.klaar()),
                    s(a.opgepakt(), a.opslagStart()), s(a.opslagStart(), a.klaar()), s(z.opgepakt(), z.klaar()), s(z.opgepakt(), z.opslagStart()),
                    s(z.opslagStart(), z.klaar()));
        }

        // sending: the batches one after the other (one sender)
        double heen = 0;
        double hubOpslag = 0;
        double terug = 0;
        double gat = 0;
        int m = 0;
        List<Double> rond = new ArrayList<>();
        List<Double> hubLezen = new ArrayList<>();
        Batchverloop vb = null;
        for (Batchverloop x : b) {
            if (x.hubStart() == null || x.hubKlaar() == null || x.ontvangen() == null) {
                continue;
            }
            // a batch is queued whole in its import's transaction and goes once the one before it is answered
            Instant vertrek = vb == null || x.gemaakt().isAfter(vb.ontvangen()) ? x.gemaakt() : vb.ontvangen();
            heen += s(vertrek, x.hubStart());
            hubOpslag += s(x.hubStart(), x.hubKlaar());
            terug += s(x.hubKlaar(), x.ontvangen());
            rond.add(s(vertrek, x.ontvangen()));
            hubLezen.add(s(vertrek, x.hubStart()));
            if (vb != null) {
                gat += s(vb.ontvangen(), vertrek);
            }
            vb = x;
            m++;
        }
        double som = heen + hubOpslag + terug + gat;
        r("  Sending, %d batches of up to %d one after the other (node batch list: queued/received; hub import log TIJDSTIP; hub karaf.log"
                + " 'Batch ... ontvangen'), %.1f s in all; a batch goes when it is queued and the one before it is answered:", m, batchgrootte, som);
        r("    batch goes -> hub starts storing (outbox read, TLS POST, hub read + checks)    %7.1f s  %3.0f %%", heen, 100 * heen / som);
        r("    hub store (TOEWIJZING + receipt + commit)                                      %7.1f s  %3.0f %%", hubOpslag, 100 * hubOpslag / som);
        r("    hub committed -> node marked it sent (response, UPDATE batch)                  %7.1f s  %3.0f %%", terug, 100 * terug / som);
        r("    sender idle (next batch not queued yet: the node still importing; timer)      %7.1f s  %3.0f %%", gat, 100 * gat / som);
        if (rond.size() >= 20) {
            r("    per batch, goes -> received: first 10 median %.0f ms, last 10 median %.0f ms; goes -> hub starts storing: first 10 %.0f ms, last 10 %.0f ms",
                    1000 * Statistiek.mediaan(rond.subList(0, 10)), 1000 * Statistiek.mediaan(rond.subList(rond.size() - 10, rond.size())),
                    1000 * Statistiek.mediaan(hubLezen.subList(0, 10)), 1000 * Statistiek.mediaan(hubLezen.subList(hubLezen.size() - 10, hubLezen.size())));
        }
        long tijdensImport = b.stream().filter(x -> x.hubKlaar() != null && !x.hubKlaar().isAfter(laatsteImport)).mapToLong(Batchverloop::records).sum();
        long erna = b.stream().filter(x -> x.hubKlaar() != null && x.hubKlaar().isAfter(laatsteImport)).mapToLong(Batchverloop::records).sum();
        r("    records committed at the hub while the node was importing: %,d (%,.0f/s); after the node's last import: %,d (%,.0f/s)",
                tijdensImport, tijdensImport / Math.max(1e-9, s(eersteBatch, laatsteImport)), erna, erna / Math.max(1e-9, s(laatsteImport, laatsteHub)));
    }

    private void deel(String wat, Instant van, Instant tot, double e2e, String toelichting) {
        r("    %-50s %7.1f s  %3.0f %%   (%s)", wat, s(van, tot), 100 * s(van, tot) / e2e, toelichting);
    }

    /** Where a latency file's time went: inbox stamp, node log, node batch, hub log. */
    private void latentieDelen(List<Latentie> lat) throws IOException {
        Map<String, Instant> inboxKlaar = Logboek.tijden(node.log(), Pattern.compile("^Inbox: jeugdhulp/toewijzingen/(\\S+) geaccepteerd"));
        Map<String, Instant> hubKlaar = Logboek.tijden(hub.log(), Pattern.compile("^Batch (\\S+) van gemeente " + Gegevens.GEMEENTE + " ontvangen"));
        // the node's batches (newest first) in time order; each latency file is one batch, queued in its import
        List<Instant> gemaakt = new ArrayList<>();
        List<String> sleutels = new ArrayList<>();
        if (latentieBatches == null) {
            r("  (parts n/a: no batch list)");
            return;
        }
        for (JsonNode b : latentieBatches) {
            gemaakt.add(Logboek.instant(b.get("aangemaakt")));
            sleutels.add(b.path("sleutel").asText());
        }
        List<Double> oppak = new ArrayList<>();
        List<Double> importeer = new ArrayList<>();
        List<Double> naarHub = new ArrayList<>();
        List<Double> gezien = new ArrayList<>();
        for (Latentie l : lat) {
            try {
                Optional<Path> p = node.verwerkt(node.klaar(SOORT), l.naam());
                Instant opgepakt = p.flatMap(x -> Logboek.stempel(x, l.naam())).orElse(null);
                Instant klaar = inboxKlaar.get(l.naam());
                if (opgepakt == null || klaar == null) {
                    continue;
                }
                // the file's batch: the first one queued after the node took the file up and before the hub showed it
                int i = -1;
                for (int k = 0; k < gemaakt.size(); k++) {
                    if (!gemaakt.get(k).isBefore(opgepakt) && !gemaakt.get(k).isAfter(l.zichtbaar())
                            && (i < 0 || gemaakt.get(k).isBefore(gemaakt.get(i)))) {
                        i = k;
                    }
                }
                if (i < 0 || hubKlaar.get(sleutels.get(i)) == null) {
                    continue;
                }
                oppak.add(s(l.hernoemd(), opgepakt));
                importeer.add(s(opgepakt, klaar));
                naarHub.add(s(klaar, hubKlaar.get(sleutels.get(i))));
                gezien.add(s(hubKlaar.get(sleutels.get(i)), l.zichtbaar()));
            } catch (RuntimeException e) {
                // a file without all timestamps is left out of the parts
            }
        }
        if (!oppak.isEmpty()) {
            r("  where it goes (medians of %d files): inbox pickup (Camel poll 250 ms + readLock=changed 250 ms) %.3f s; node import, batch queued"
                            + " %.3f s; import done -> committed at the hub (sender timer %d ms, TLS POST, hub import) %.3f s; until the bench saw it %.3f s",
                    oppak.size(), Statistiek.mediaan(oppak), Statistiek.mediaan(importeer), intervalMs, Statistiek.mediaan(naarHub),
                    Statistiek.mediaan(gezien));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void wachtOpInbox() throws InterruptedException, IOException {
        long einde = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < einde) {
            JsonNode st = node.http().get("uitwisseling/status").json();
            if (st.path("mappen").toString().contains("jeugdhulp/" + SOORT) && Files.isDirectory(node.inbox(SOORT))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("node: geen inboxmap jeugdhulp/" + SOORT);
    }

    private void wachtOpVerwerkt(String soort, String bestand, Duration hooguit) throws Exception {
        long einde = System.nanoTime() + hooguit.toNanos();
        while (System.nanoTime() < einde) {
            if (node.verwerkt(node.klaar(soort), bestand).isPresent()) {
                return;
            }
            Optional<Path> fout = node.verwerkt(node.fout(soort), bestand);
            if (fout.isPresent()) {
                Path rapport = Path.of(fout.get() + ".rapport.txt");
                throw new IllegalStateException("node weigerde " + soort + "/" + bestand + ": "
                        + (Files.exists(rapport) ? Files.readString(rapport) : "(geen rapport)"));
            }
            node.moetLeven();
            Thread.sleep(200);
        }
        throw new IllegalStateException("node: " + soort + "/" + bestand + " niet verwerkt binnen " + hooguit.toSeconds() + " s");
    }

    private static long aantalIn(Path map, String deel) throws IOException {
        if (!Files.isDirectory(map)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(p -> p.getFileName().toString().contains(deel) && !p.getFileName().toString().endsWith(".rapport.txt")).count();
        }
    }

    private synchronized List<String> stopAlles() {
        List<String> uit = new ArrayList<>();
        for (Uitwisselinstallatie i : new Uitwisselinstallatie[] {node, hub}) {
            if (i != null && (i.jvm().isPresent())) {
                uit.add(i.stop(90));
            }
        }
        if (belasting != null) {
            belasting.close();
        }
        return uit;
    }

    private void opdracht(Path map, String... opdracht) throws Exception {
        Path log = werk.resolve("opdrachten.log");
        Process p = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", opdracht) + " mislukt; zie " + log);
        }
    }

    private static String setenv(Path karaf) {
        try {
            return Files.readAllLines(karaf.resolve("bin/setenv")).stream().filter(l -> l.startsWith("export EXTRA_JAVA_OPTS="))
                    .map(l -> l.substring("export EXTRA_JAVA_OPTS=".length()).replace("\"", "").replace(" ${EXTRA_JAVA_OPTS}", "").trim())
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuNaam() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    private static double s(Instant van, Instant tot) {
        return Duration.between(van, tot).toNanos() / 1e9;
    }

    /** The CPU of an interval in one line: the two Karaf JVMs, the bench JVM, other processes, iowait. */
    private String cpu(Belasting.Samenvatting c) {
        return String.format(Locale.ROOT, "CPU in %.1f s (%d cores = %.1f core-s): hub JVM %.1f s, node JVM %.1f s, bench JVM %.1f s;"
                        + " other processes %d %% of the machine on average, at most %d %% (1 s samples); iowait %.1f core-s",
                c.seconden(), belasting.cores, c.seconden() * belasting.cores, c.jvmS(0), c.jvmS(1), c.benchS(), c.vreemdGemiddeld(),
                c.vreemdHoogst(), c.iowaitS());
    }

    private static String lijst(List<Double> waarden) {
        return String.join(" / ", waarden.stream().map(w -> String.format(Locale.ROOT, "%.2f", w)).toList());
    }

    private void r(String formaat, Object... args) {
        verslag.add(String.format(Locale.ROOT, formaat, args));
    }

    private static void stap(String tekst) {
        System.out.println("# " + DateTimeFormatter.ofPattern("HH:mm:ss").format(Instant.now().atOffset(ZoneOffset.UTC)) + " " + tekst);
    }
}
