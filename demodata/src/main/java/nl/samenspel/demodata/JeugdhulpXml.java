package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Per gemeente one ZIP archive per message type: jw301-0193.zip, jw305-0193.zip, ... */
final class JeugdhulpXml {

    static final List<String> BERICHTEN = List.of("jw301", "jw305", "jw307", "jw323");

    private final JeugdhulpDemo demo;

    JeugdhulpXml(JeugdhulpDemo demo) {
        this.demo = demo;
    }

    void schrijf(Path map) throws IOException {
        Files.createDirectories(map);
        Toewijzingberichten jw301 = new Toewijzingberichten();
        Startberichten jw305 = new Startberichten();
        Stopberichten jw307 = new Stopberichten();
        Declaratieberichten jw323 = new Declaratieberichten(demo.toewijzingen(), demo.producten());
        for (Gemeente g : Gemeente.IJSSELLAND) {
            List<Toewijzing> toewijzingen = demo.toewijzingen().stream()
                    .filter(t -> t.gemeente().equals(g.code())).toList();
            List<Declaratieregel> regels = demo.declaraties().stream()
                    .filter(r -> r.gemeente().equals(g.code())).toList();
            ZipArchief.schrijf(map.resolve("jw301-" + g.code() + ".zip"), jw301.maak(g, toewijzingen));
            ZipArchief.schrijf(map.resolve("jw305-" + g.code() + ".zip"), jw305.maak(g, toewijzingen));
            ZipArchief.schrijf(map.resolve("jw307-" + g.code() + ".zip"), jw307.maak(g, toewijzingen));
            ZipArchief.schrijf(map.resolve("jw323-" + g.code() + ".zip"), jw323.maak(g, regels));
        }
    }
}
