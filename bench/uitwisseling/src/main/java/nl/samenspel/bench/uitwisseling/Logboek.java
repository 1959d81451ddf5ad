package nl.samenspel.bench.uitwisseling;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The timestamps the product itself leaves, read after a phase: lines of karaf.log (ISO8601 in
 * local time, millisecond precision), the stamp in the name of a processed file in
 * {@code uitwisseling/klaar/} ({@code yyyyMMdd-HHmmss-SSS}, taken by the inbox when it starts on
 * the file), and the Instants of the REST answers (import log TIJDSTIP, batch times).
 */
final class Logboek {

    private static final DateTimeFormatter LOGTIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss,SSS");
    private static final DateTimeFormatter STEMPEL = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern REGEL = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d,\\d{3}) \\|[^|]*\\|[^|]*\\|[^|]*\\|[^|]*\\| (.*)$");

    private Logboek() {
    }

    /** Every karaf.log line (rolled files first) whose message matches, the first group of the match as key, the line's time as value. */
    static Map<String, Instant> tijden(Path log, Pattern bericht) throws IOException {
        Map<String, Instant> uit = new HashMap<>();
        List<Path> bestanden = new ArrayList<>();
        try (Stream<Path> s = Files.list(log.getParent())) {
            s.filter(p -> p.getFileName().toString().startsWith("karaf.log.")).sorted(Comparator.reverseOrder()).forEach(bestanden::add);
        }
        bestanden.add(log);
        for (Path p : bestanden) {
            if (!Files.exists(p)) {
                continue;
            }
            try (Stream<String> regels = Files.lines(p, StandardCharsets.UTF_8)) {
                regels.forEach(r -> {
                    Matcher m = REGEL.matcher(r);
                    if (m.matches()) {
                        Matcher b = bericht.matcher(m.group(2));
                        if (b.find()) {
                            uit.put(b.group(1), LocalDateTime.parse(m.group(1), LOGTIJD).atZone(ZoneId.systemDefault()).toInstant());
                        }
                    }
                });
            }
        }
        return uit;
    }

    /** The inbox's stamp on a processed file {@code <stamp>-<bestand>}: when the route started on it. */
    static Optional<Instant> stempel(Path verwerkt, String bestand) {
        String naam = verwerkt.getFileName().toString();
        if (naam.length() < 20 || !naam.endsWith("-" + bestand)) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(naam.substring(0, 19), STEMPEL).atZone(ZoneId.systemDefault()).toInstant());
    }

    /** An Instant as Jackson wrote it: ISO text, decimal epoch seconds, epoch millis, or the bean {epochSecond, nano}. */
    static Instant instant(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return Instant.parse(n.asText());
        }
        if (n.isObject() && n.has("epochSecond")) {
            return Instant.ofEpochSecond(n.get("epochSecond").asLong(), n.path("nano").asLong());
        }
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue();
            if (n.isIntegralNumber() && d.compareTo(BigDecimal.valueOf(100_000_000_000L)) > 0) {
                return Instant.ofEpochMilli(d.longValue());
            }
            long s = d.longValue();
            return Instant.ofEpochSecond(s, d.subtract(BigDecimal.valueOf(s)).movePointRight(9).longValue());
        }
        throw new IllegalArgumentException("geen tijdstip: " + n);
    }
}
