package nl.samenspel.demodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per gemeente one ZIP archive per iWmo message type, as the youth-care dataset does:
 * wmo301-0193.zip, wmo305-0193.zip, ... Hattem has archives too: its messages are all from
 * 2015-2017.
 */
final class WmoXml {

    static final List<String> BERICHTEN = List.of("wmo301", "wmo305", "wmo307", "wmo323");

    private final WmoDemo demo;

    WmoXml(WmoDemo demo) {
        this.demo = demo;
    }

    void schrijf(Path map) throws IOException {
        Files.createDirectories(map);
        Istandaard iwmo = Istandaard.IWMO;
        Toewijzingberichten wmo301 = new Toewijzingberichten(iwmo);
        Startberichten wmo305 = new Startberichten(iwmo);
        Stopberichten wmo307 = new Stopberichten(iwmo);
        Map<String, String> eenheden = new LinkedHashMap<>();
        for (WmoProduct p : demo.producten()) {
            eenheden.put(p.categorie() + "/" + p.code(), p.eenheid());
        }
        Declaratieberichten wmo323 = new Declaratieberichten(iwmo, demo.toewijzingen(), eenheden);
        for (Gemeente g : WmoRegio.alleGemeenten()) {
            List<WmoToewijzing> toewijzingen = demo.toewijzingen().stream()
                    .filter(t -> t.gemeente().equals(g.code())).toList();
            List<WmoDeclaratieregel> regels = demo.declaraties().stream()
                    .filter(r -> r.gemeente().equals(g.code())).toList();
            ZipArchief.schrijf(map.resolve(archief("wmo301", g)), wmo301.maak(g, toewijzingen));
            ZipArchief.schrijf(map.resolve(archief("wmo305", g)), wmo305.maak(g, toewijzingen));
            ZipArchief.schrijf(map.resolve(archief("wmo307", g)), wmo307.maak(g, toewijzingen));
            ZipArchief.schrijf(map.resolve(archief("wmo323", g)), wmo323.maak(g, regels));
        }
    }

    static String archief(String bericht, Gemeente gemeente) {
        return bericht + "-" + gemeente.code() + ".zip";
    }
}
