package nl.samenspel.register.internal.laden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.api.register.Gemeente;

/** {@code gemeenten.csv}: {@code code,naam,oin}, one municipality a line. */
final class GemeentenBestand {

    static final String NAAM = "gemeenten.csv";
    private static final Set<String> KOLOMMEN = Set.of("code", "naam", "oin");

    private GemeentenBestand() {
    }

    static List<Gemeente> lees(Path map, Fouten fouten) {
        List<Gemeente> gemeenten = new ArrayList<>();
        CsvBestand.lees(map.resolve(NAAM), NAAM, fouten).ifPresent(inhoud -> {
            if (!Set.copyOf(inhoud.kolommen()).equals(KOLOMMEN)) {
                fouten.voegToe(NAAM, "regel 1", "kopregel moet de kolommen code,naam,oin hebben, gevonden: " + String.join(",", inhoud.kolommen()));
                return;
            }
            Map<String, Long> codes = new HashMap<>();
            Map<String, Long> oins = new HashMap<>();
            for (CsvBestand.Regel regel : inhoud.regels()) {
                String code = regel.waarde("code");
                String naam = regel.waarde("naam");
                String oin = regel.waarde("oin");
                boolean goed = true;
                if (!Gemeente.isGeldigeCode(code)) {
                    fouten.voegToe(NAAM, regel.waar("code"), "'" + code + "' is geen CBS-gemeentecode van 4 cijfers");
                    goed = false;
                } else if (codes.containsKey(code)) {
                    fouten.voegToe(NAAM, regel.waar("code"), "dubbele code " + code + " (ook op regel " + codes.get(code) + ")");
                    goed = false;
                }
                if (naam.isEmpty()) {
                    fouten.voegToe(NAAM, regel.waar("naam"), "naam ontbreekt");
                    goed = false;
                }
                if (!oin.matches("\\d{20}")) {
                    fouten.voegToe(NAAM, regel.waar("oin"), "'" + oin + "' is geen OIN van 20 cijfers");
                    goed = false;
                } else if (oins.containsKey(oin)) {
                    fouten.voegToe(NAAM, regel.waar("oin"), "dubbel OIN " + oin + " (ook op regel " + oins.get(oin) + ")");
                    goed = false;
                }
                codes.putIfAbsent(code, regel.nummer());
                oins.putIfAbsent(oin, regel.nummer());
                if (goed) {
                    gemeenten.add(new Gemeente(code, naam, oin));
                }
            }
            if (inhoud.regels().isEmpty()) {
                fouten.voegToe(NAAM, "", "geen enkele gemeente");
            }
        });
        return gemeenten;
    }
}
