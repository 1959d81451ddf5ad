package nl.samenspel.invoer;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.samenspel.api.invoer.Invoerlimieten;
import nl.samenspel.api.invoer.Limietoverschrijding;

/**
 * Reads a ZIP archive entry by entry without holding an entry whole: each entry goes to the
 * caller as a stream that ends with the entry and counts every byte as it is inflated. The
 * archive is refused whole, and reading stops at once, when it has more entries than
 * {@code zipBerichten}, inflates to more than {@code zipUitgepakt} bytes, or inflates more than
 * {@code zipVerhouding} times its compressed size (an entry against the compressed bytes read for
 * it, the whole against the archive's length; only past 1 MiB inflated, so a
 * small, very compressible message passes). It is refused too for an archive inside it, a name
 * that points outside it, or a name that occurs twice. A report names an entry as
 * {@code bericht n} with its name reduced by {@link #veiligeNaam}, and never repeats what the
 * JDK says about the archive, which can quote entry names.
 */
public final class Archief {

    /** Inflated bytes an entry or the archive may reach before its ratio counts. */
    static final long TOELAGE = 1024 * 1024;

    /** Names a reader would take for an archive; their content is not looked into. */
    private static final List<String> ARCHIEFNAMEN = List.of(".zip", ".jar", ".gz", ".7z", ".rar");
    private static final Pattern STATION = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    /** {@code #} stays: it is what the reduction itself writes, so a reduced name reduces to itself. */
    private static final Pattern NIET_VEILIG = Pattern.compile("[^A-Za-z0-9._#-]");
    private static final Pattern LANG_GETAL = Pattern.compile("[0-9]{5,}");
    private static final Pattern CIJFER = Pattern.compile("[0-9]");
    private static final int KOP = 4;

    private Archief() {
    }

    /** What is done with one entry. */
    @FunctionalInterface
    public interface Perbericht {
        /**
         * @param bron   how reports name the entry: the archive's name, {@code bericht n} and the reduced entry name
         * @param inhoud the entry's bytes; closing it does not close the archive, and what is left unread is skipped (and counted)
         */
        void lees(String bron, InputStream inhoud) throws IOException;
    }

    /** Reads an archive held in memory; its length is the measure of the whole archive's ratio. */
    public static int lees(String naam, byte[] archief, Invoerlimieten limieten, List<Regelfout> fouten, Perbericht perBericht) {
        return lees(naam, new ByteArrayInputStream(archief), archief.length, limieten, fouten, perBericht);
    }

    /**
     * Reads every entry in turn. A refusal is added to {@code fouten}: for a bound its
     * {@link Regelfout#veld()} is the bound's key ({@code zipBerichten}, {@code zipUitgepakt},
     * {@code zipVerhouding}); otherwise {@code zipGenest}, {@code zipPad}, {@code zipDubbel} or
     * {@code zipOnleesbaar}. What the caller reported about an entry cut short by a refusal is
     * taken back: it would describe a stream that ended because of the refusal.
     *
     * @param archiefBytes the archive's length in bytes; negative when unknown (then the bytes read so far count)
     * @return the number of entries read (directories not counted)
     */
    public static int lees(String naam, InputStream archief, long archiefBytes, Invoerlimieten limieten, List<Regelfout> fouten,
                           Perbericht perBericht) {
        return new Lezing(naam, archief, archiefBytes, limieten, fouten, perBericht).lees();
    }

    /**
     * A name as reports may show it: every character outside {@code A-Z a-z 0-9 . _ -} becomes
     * {@code _}, a run of five or more digits becomes {@code #}, and when nine or more digits
     * remain every digit becomes {@code #}, so the name cannot carry a BSN; at most 120 characters.
     * A year or a municipality code stays readable.
     */
    public static String veiligeNaam(String naam) {
        if (naam == null || naam.isEmpty()) {
            return "_";
        }
        String uit = LANG_GETAL.matcher(NIET_VEILIG.matcher(naam).replaceAll("_")).replaceAll("#");
        if (uit.chars().filter(c -> c >= '0' && c <= '9').count() >= 9) {
            uit = CIJFER.matcher(uit).replaceAll("#");
        }
        if (uit.chars().allMatch(c -> c == '.')) {
            uit = "_";
        }
        return uit.length() > 120 ? uit.substring(0, 120) : uit;
    }

    /** Why a name is unsafe to take as a path, or null: a parent segment, an absolute path, a backslash, a drive letter. */
    static String onveiligPad(String naam) {
        if (naam.isEmpty()) {
            return "het bericht heeft geen naam";
        }
        if (naam.startsWith("/") || naam.indexOf('\\') >= 0 || STATION.matcher(naam).matches() || naam.indexOf('\0') >= 0) {
            return "de naam is een absoluut pad of bevat een backslash of stationsletter; een archief hoort alleen namen binnen zichzelf te hebben";
        }
        for (String deel : naam.split("/", -1)) {
            if (deel.equals("..")) {
                return "de naam verwijst met .. buiten het archief; een archief hoort alleen namen binnen zichzelf te hebben";
            }
        }
        return null;
    }

    /** One archive being read: the counts every bound is checked against. */
    private static final class Lezing {
        private final String naam;
        private final Teller ingepakt;
        private final long archiefBytes;
        private final Invoerlimieten limieten;
        private final List<Regelfout> fouten;
        private final Perbericht perBericht;
        private final Set<String> gezien = new HashSet<>();
        private long uitgepakt;
        private int items;
        private int berichten;

        Lezing(String naam, InputStream archief, long archiefBytes, Invoerlimieten limieten, List<Regelfout> fouten, Perbericht perBericht) {
            this.naam = naam;
            this.ingepakt = new Teller(archief);
            this.archiefBytes = archiefBytes;
            this.limieten = limieten;
            this.fouten = fouten;
            this.perBericht = perBericht;
        }

        int lees() {
            ZipInputStream zip = new ZipInputStream(ingepakt);
            try {
                while (true) {
                    ZipEntry entry;
                    try {
                        entry = zip.getNextEntry();
                    } catch (IOException | RuntimeException e) {
                        // a broken header, an unsupported method, a name that is not UTF-8: the JDK's words can quote the name
                        onleesbaar(naam);
                        return berichten;
                    }
                    if (entry == null) {
                        return berichten;
                    }
                    if (++items > limieten.zipBerichten()) {
                        grens(naam, "zipBerichten", limieten.zipBerichten(), "het archief heeft meer dan " + limieten.zipBerichten()
                                + " berichten; splits het");
                        return berichten;
                    }
                    if (!entry.isDirectory()) {
                        berichten++;
                    }
                    if (!bericht(zip, entry)) {
                        return berichten;
                    }
                }
            } finally {
                try {
                    zip.close(); // ends the inflater; the caller's source stays open
                } catch (IOException e) {
                    // nothing of ours is left open
                }
            }
        }

        /** Reads one entry; false when the archive is refused and reading stops. */
        private boolean bericht(ZipInputStream zip, ZipEntry entry) {
            String bron = entry.isDirectory() ? naam : naam + ", bericht " + berichten + " (" + veiligeNaam(entry.getName()) + ")";
            Berichtstroom in = new Berichtstroom(zip, bron, ingepakt.gelezen);
            if (!entry.isDirectory()) {
                String fout = onveiligPad(entry.getName());
                if (fout != null) {
                    fouten.add(new Regelfout(bron, "zipPad", fout));
                    return false;
                }
                if (!gezien.add(entry.getName())) {
                    fouten.add(new Regelfout(bron, "zipDubbel", "deze naam komt twee keer voor in het archief; welk bericht geldt is niet te zeggen"));
                    return false;
                }
                String kleine = entry.getName().toLowerCase(Locale.ROOT);
                if (ARCHIEFNAMEN.stream().anyMatch(kleine::endsWith)) {
                    fouten.add(new Regelfout(bron, "zipGenest", genest()));
                    return false;
                }
            }
            int voor = fouten.size();
            try {
                if (!entry.isDirectory()) {
                    byte[] kop = in.readNBytes(KOP);
                    if (isArchief(kop)) {
                        fouten.add(new Regelfout(bron, "zipGenest", genest()));
                        return false;
                    }
                    perBericht.lees(bron, new java.io.SequenceInputStream(new ByteArrayInputStream(kop), in));
                }
                // what the reader left, and a directory's data if it has any, is inflated through the count too
                in.rest();
            } catch (IOException | RuntimeException e) {
                if (in.overschrijding == null && !in.kapot) {
                    if (e instanceof RuntimeException r) {
                        throw r; // the reader's own fault, not the archive's
                    }
                    // a reader that gave up on an intact stream without saying why
                    onleesbaar(bron);
                    return false;
                }
                // else: the refusal is recorded in the stream, also when a reader wrapped or swallowed it
            }
            if (in.overschrijding != null || in.kapot) {
                // the reader saw a stream end early; what it said about that is not the reason
                fouten.subList(voor, fouten.size()).clear();
                if (in.overschrijding != null) {
                    Limietoverschrijding o = in.overschrijding;
                    fouten.add(new Regelfout(in.plaats, o.limiet(), o.getMessage()));
                } else {
                    onleesbaar(bron);
                }
                return false;
            }
            return true;
        }

        private void onleesbaar(String plaats) {
            fouten.add(new Regelfout(plaats, "zipOnleesbaar", "geen leesbaar ZIP-archief (beschadigd, afgebroken, versleuteld of met"
                    + " een andere compressiemethode dan deflate); maak het archief opnieuw en lever het nog eens"));
        }

        private String genest() {
            return "een archief in een archief wordt niet gelezen; lever de berichten zelf in één ZIP-archief";
        }

        private void grens(String plaats, String sleutel, long waarde, String melding) {
            fouten.add(new Regelfout(plaats, sleutel, new Limietoverschrijding(sleutel, waarde, melding).getMessage()));
        }

        private static boolean isArchief(byte[] kop) {
            boolean zip = kop.length >= 4 && kop[0] == 'P' && kop[1] == 'K' && (kop[2] == 3 && kop[3] == 4 || kop[2] == 5 && kop[3] == 6);
            boolean gzip = kop.length >= 2 && (kop[0] & 0xff) == 0x1f && (kop[1] & 0xff) == 0x8b;
            return zip || gzip;
        }

        /**
         * One entry's bytes, counted as they are inflated. Over a bound it records the refusal and
         * throws it; every later read throws it again, so a reader that catches it still stops.
         */
        private final class Berichtstroom extends FilterInputStream {
            private final String bron;
            private final long ingepaktBijStart;
            private final byte[] een = new byte[1];
            private long eigen;
            Limietoverschrijding overschrijding;
            String plaats;
            boolean kapot;

            Berichtstroom(InputStream zip, String bron, long ingepaktBijStart) {
                super(zip);
                this.bron = bron;
                this.ingepaktBijStart = ingepaktBijStart;
            }

            @Override
            public int read() throws IOException {
                int n = read(een, 0, 1);
                return n < 0 ? -1 : een[0] & 0xff;
            }

            /** Reads to the entry's end. */
            void rest() throws IOException {
                byte[] weg = new byte[8192];
                while (read(weg, 0, weg.length) >= 0) {
                    // counted in read
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (overschrijding != null) {
                    throw overschrijding;
                }
                if (kapot) {
                    throw new IOException("het archief is onleesbaar");
                }
                int n;
                try {
                    n = super.read(b, off, len);
                } catch (IOException | RuntimeException e) {
                    // a CRC, size or inflate error; the JDK's message is not passed on
                    kapot = true;
                    throw new IOException("het archief is onleesbaar");
                }
                if (n > 0) {
                    tel(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                // through read, so skipped bytes are inflated under the same count
                byte[] weg = new byte[8192];
                long over = n;
                while (over > 0) {
                    int r = read(weg, 0, (int) Math.min(weg.length, over));
                    if (r < 0) {
                        break;
                    }
                    over -= r;
                }
                return n - over;
            }

            @Override
            public int available() {
                return 0;
            }

            @Override
            public void close() {
                // the archive stays open for the next entry
            }

            @Override
            public boolean markSupported() {
                return false;
            }

            private void tel(int n) {
                eigen += n;
                uitgepakt += n;
                long ingepaktEigen = Math.max(1, ingepakt.gelezen - ingepaktBijStart);
                long geheel = Math.max(archiefBytes, ingepakt.gelezen);
                long verhouding = limieten.zipVerhouding();
                if (uitgepakt > limieten.zipUitgepakt()) {
                    stop(naam, "zipUitgepakt", limieten.zipUitgepakt(), "het archief pakt uit tot meer dan " + bytes(limieten.zipUitgepakt())
                            + "; het is niet verder uitgepakt. Splits het");
                } else if (eigen > TOELAGE && eigen > verhouding * ingepaktEigen) {
                    stop(bron, "zipVerhouding", verhouding, "het bericht pakt meer dan " + verhouding + " keer zo groot uit als het"
                            + " ingepakt is; zo werkt een ZIP-bom, geen gewoon bestand. Het is niet verder uitgepakt");
                } else if (uitgepakt > TOELAGE && uitgepakt > verhouding * geheel) {
                    stop(naam, "zipVerhouding", verhouding, "het archief pakt meer dan " + verhouding + " keer zo groot uit als het"
                            + " ingepakt is; zo werkt een ZIP-bom, geen gewoon archief. Het is niet verder uitgepakt");
                }
            }

            private void stop(String waar, String sleutel, long waarde, String melding) {
                plaats = waar;
                overschrijding = new Limietoverschrijding(sleutel, waarde, melding);
                throw overschrijding;
            }
        }
    }

    private static String bytes(long n) {
        return n % (1024 * 1024) == 0 ? n / (1024 * 1024) + " MiB" : n + " bytes";
    }

    /** Counts the compressed bytes taken from the archive. */
    private static final class Teller extends FilterInputStream {
        long gelezen;

        Teller(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                gelezen++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                gelezen += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            gelezen += Math.max(0, s);
            return s;
        }

        @Override
        public void close() {
            // the source is the caller's; closing the ZipInputStream only ends its inflater
        }
    }
}
