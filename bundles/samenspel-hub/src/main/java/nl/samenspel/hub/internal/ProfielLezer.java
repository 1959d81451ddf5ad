package nl.samenspel.hub.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Reads the node profiles under {@code nodes/}: the same files an operator copies into a node's {@code etc/}. */
final class ProfielLezer {

    static final String PROFIEL = "samenspel-profiel.properties";
    static final String NODE_CFG = "nl.samenspel.node.cfg";

    private ProfielLezer() {
    }

    static List<Knooppuntprofiel> lees(Path nodesMap) throws IOException {
        if (!Files.isDirectory(nodesMap)) {
            return List.of();
        }
        try (Stream<Path> mappen = Files.list(nodesMap)) {
            List<Knooppuntprofiel> profielen = new ArrayList<>();
            for (Path map : mappen.filter(Files::isDirectory).sorted().toList()) {
                profielen.add(leesProfiel(map));
            }
            return profielen;
        }
    }

    static Knooppuntprofiel leesProfiel(Path map) {
        List<String> fouten = new ArrayList<>();
        Properties profiel = properties(map.resolve("etc").resolve(PROFIEL), fouten);
        Properties node = properties(map.resolve("etc").resolve(NODE_CFG), new ArrayList<>());
        List<String> features = Arrays.stream(profiel.getProperty("samenspel.features", "").split(","))
                .map(String::strip).filter(f -> !f.isEmpty()).toList();
        if (features.isEmpty()) {
            fouten.add("etc/" + PROFIEL + ": samenspel.features ontbreekt");
        }
        Integer poort = null;
        String poortTekst = profiel.getProperty("samenspel.http.port");
        if (poortTekst != null) {
            try {
                poort = Integer.valueOf(poortTekst.strip());
            } catch (NumberFormatException e) {
                fouten.add("etc/" + PROFIEL + ": samenspel.http.port '" + poortTekst + "' is geen poortnummer");
            }
        }
        String gemeente = node.getProperty("gemeente");
        if (gemeente == null && !features.contains(Knooppuntprofiel.HUB_FEATURE)) {
            fouten.add("etc/" + NODE_CFG + ": gemeente ontbreekt");
        }
        return new Knooppuntprofiel(map.getFileName().toString(), gemeente == null ? null : gemeente.strip(),
                node.getProperty("hubUrl"), features, poort, fouten);
    }

    private static Properties properties(Path bestand, List<String> fouten) {
        Properties p = new Properties();
        if (!Files.isRegularFile(bestand)) {
            fouten.add("etc/" + bestand.getFileName() + " ontbreekt");
            return p;
        }
        try (Reader r = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            fouten.add("etc/" + bestand.getFileName() + " onleesbaar: " + e.getMessage());
        }
        return p;
    }
}
