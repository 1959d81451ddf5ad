package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.samenspel.invoer.Afgeschermd;

/**
 * Keeps an inbox moving. Two kinds of failure are told apart:
 * <ul>
 * <li>a <em>passing</em> cause that is not the file's (no register, no database): the file stays, and
 * the whole inbox waits with back-off, so that files keep their order;</li>
 * <li>a failure tied to the file (any other exception, or a crash of the process while reading
 * it): the file is tried {@code maximum} times, with back-off for that file only, and then put
 * aside in {@code fout/}, so that it never blocks the files behind it.</li>
 * </ul>
 * The attempts at a file are counted on disk before each attempt, so a file that takes the process
 * down is put aside after the restarts instead of looping. Only a lasting passing failure is a
 * {@linkplain #storingen() fault}: one bad file is a refusal, not a fault.
 */
final class Inboxbewaking {

    /** After this many passing failures in a row the inbox is reported as failing. */
    static final int STORING_NA = 5;

    private final Path pogingenMap;
    private final int maximum;
    private final Wachttijd wachttijd;
    private final Duration eerste;
    private final Duration langste;
    private final Clock klok;
    private final Map<String, Instant> wachtPerBestand = new ConcurrentHashMap<>();

    private volatile Instant wachtTot = Instant.MIN;
    private volatile int tijdelijkOpRij;
    private volatile String laatsteFout;
    private volatile Instant laatsteFoutOp;
    private volatile long apartGezet;

    /**
     * @param eerste  the wait after a first failure, doubled after each next one
     * @param langste the longest wait
     */
    Inboxbewaking(Path verwerkt, int maximum, Duration eerste, Duration langste, Clock klok) {
        this.pogingenMap = verwerkt.resolve(".pogingen");
        this.maximum = maximum;
        this.wachttijd = new Wachttijd(eerste, langste);
        this.eerste = eerste;
        this.langste = langste;
        this.klok = klok;
    }

    /** Whether a file may be tried now: neither the inbox nor this file waits. */
    boolean magNu(String sleutel) {
        Instant nu = klok.instant();
        Instant bestand = wachtPerBestand.get(sleutel);
        return !nu.isBefore(wachtTot) && (bestand == null || !nu.isBefore(bestand));
    }

    /**
     * Counts an attempt at a file, on disk, before it is read.
     *
     * @return the attempt's number; above {@link #maximum()} the file is put aside unread
     */
    int begin(String sleutel) throws IOException {
        Path teller = teller(sleutel);
        int eerder = pogingen(teller);
        Afgeschermd.schrijf(teller, Integer.toString(eerder + 1).getBytes(StandardCharsets.US_ASCII));
        return eerder + 1;
    }

    /** The file was judged (accepted, refused or put aside): its count and waits end. */
    void beslist(String sleutel) throws IOException {
        Files.deleteIfExists(teller(sleutel));
        wachtPerBestand.remove(sleutel);
        tijdelijkOpRij = 0;
        wachttijd.naSucces();
    }

    /** A passing cause: the attempt does not count against the file, and the whole inbox waits. */
    void tijdelijk(String sleutel, String reden) throws IOException {
        Path teller = teller(sleutel);
        if (Files.exists(teller)) {
            int pogingen = pogingen(teller) - 1;
            if (pogingen <= 0) {
                Files.delete(teller);
            } else {
                Afgeschermd.schrijf(teller, Integer.toString(pogingen).getBytes(StandardCharsets.US_ASCII));
            }
        }
        tijdelijkOpRij++;
        fout(reden);
        wachtTot = klok.instant().plus(wachttijd.naFout());
    }

    /** A failure tied to the file: it waits before its next attempt. */
    void bestandsfout(String sleutel, int poging, String reden) {
        fout(reden);
        Duration wacht = eerste.multipliedBy(1L << Math.min(poging - 1, 16));
        wacht = wacht.compareTo(langste) > 0 ? langste : wacht;
        wachtPerBestand.put(sleutel, klok.instant().plus(wacht));
    }

    void apartGezet() {
        apartGezet++;
    }

    int maximum() {
        return maximum;
    }

    private void fout(String reden) {
        laatsteFout = reden;
        laatsteFoutOp = klok.instant();
    }

    /** What the status endpoint shows of the inbox. */
    record Stand(boolean wacht, Instant wachtTot, int tijdelijkOpRij, long bestandenMetFouten, long apartGezet, String laatsteFout,
                 Instant laatsteFoutOp) {
    }

    Stand stand() {
        Instant tot = wachtTot;
        boolean wacht = klok.instant().isBefore(tot);
        return new Stand(wacht, wacht ? tot : null, tijdelijkOpRij, wachtPerBestand.size(), apartGezet, laatsteFout, laatsteFoutOp);
    }

    List<String> storingen() {
        int opRij = tijdelijkOpRij;
        if (opRij < STORING_NA) {
            return List.of();
        }
        return List.of("de inbox kan al " + opRij + " keer op rij geen bestand verwerken (" + laatsteFout + ", laatst " + laatsteFoutOp
                + "); de bestanden wachten");
    }

    /** The attempts counted in a counter file; 0 without one. */
    private static int pogingen(Path teller) throws IOException {
        return Files.exists(teller) ? Integer.parseInt(Files.readString(teller, StandardCharsets.US_ASCII).strip()) : 0;
    }

    private Path teller(String sleutel) {
        try {
            // a hash: the key holds the file's name, which may carry personal data
            return pogingenMap.resolve(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sleutel.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
