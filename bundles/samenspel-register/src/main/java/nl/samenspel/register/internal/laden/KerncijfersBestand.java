package nl.samenspel.register.internal.laden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenspel.api.register.Kerncijfer;

/**
 * {@code kerncijfers.csv}: {@code gemeente,jaar,<kerncijfer>...}, one municipality
 * and year a line. Every column after the first two is a key figure, so a region
 * adds a key (say {@code bijstandsontvangers}) by adding a column.
 */
final class KerncijfersBestand {

    static final String NAAM = "kerncijfers.csv";

    private KerncijfersBestand() {
    }

    static List<Kerncijfer> lees(Path map, Set<String> bekendeGemeenten, Fouten fouten) {
        List<Kerncijfer> kerncijfers = new ArrayList<>();
        CsvBestand.lees(map.resolve(NAAM), NAAM, fouten).ifPresent(inhoud -> {
            List<String> kolommen = inhoud.kolommen();
            if (kolommen.size() < 3 || !kolommen.get(0).equals("gemeente") || !kolommen.get(1).equals("jaar")) {
                fouten.voegToe(NAAM, "regel 1", "kopregel moet beginnen met gemeente,jaar en minstens een kerncijfer hebben");
                return;
            }
            List<String> namen = kolommen.subList(2, kolommen.size());
            for (String naam : namen) {
                if (!naam.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
                    fouten.voegToe(NAAM, "regel 1, kolom " + naam, "kerncijfernaam moet kebab-case zijn (kleine letters, cijfers, streepjes)");
                } else if (Kerncijfer.AFGELEIDE_SLEUTELS.contains(naam)) {
                    fouten.voegToe(NAAM, "regel 1, kolom " + naam, "'" + naam + "' is gereserveerd: de verevening leidt deze sleutel af uit de gegevens van de modules");
                }
            }
            Map<String, Long> gezien = new HashMap<>();
            for (CsvBestand.Regel regel : inhoud.regels()) {
                String gemeente = regel.waarde("gemeente");
                if (!bekendeGemeenten.contains(gemeente)) {
                    fouten.voegToe(NAAM, regel.waar("gemeente"), "onbekende gemeente '" + gemeente + "' (niet in " + GemeentenBestand.NAAM + ")");
                    continue;
                }
                Integer jaar = jaar(regel, fouten);
                if (jaar == null) {
                    continue;
                }
                String sleutel = gemeente + "/" + jaar;
                if (gezien.containsKey(sleutel)) {
                    fouten.voegToe(NAAM, regel.waar(), "gemeente " + gemeente + " jaar " + jaar + " staat er al (regel " + gezien.get(sleutel) + ")");
                    continue;
                }
                gezien.put(sleutel, regel.nummer());
                Map<String, Long> waarden = new HashMap<>();
                for (String naam : namen) {
                    String tekst = regel.waarde(naam);
                    if (tekst.isEmpty()) {
                        continue; // not known for this year; a model that needs it will say so
                    }
                    if (!tekst.matches("\\d{1,15}")) {
                        fouten.voegToe(NAAM, regel.waar(naam), "'" + tekst + "' is geen geheel getal >= 0");
                        continue;
                    }
                    waarden.put(naam, Long.parseLong(tekst));
                    kerncijfers.add(new Kerncijfer(gemeente, jaar, naam, Long.parseLong(tekst)));
                }
                Long inwoners = waarden.get(Kerncijfer.INWONERS);
                Long jeugdigen = waarden.get(Kerncijfer.JEUGDIGEN);
                if (inwoners != null && jeugdigen != null && jeugdigen > inwoners) {
                    fouten.voegToe(NAAM, regel.waar(Kerncijfer.JEUGDIGEN), "jeugdigen (" + jeugdigen + ") meer dan inwoners (" + inwoners + ")");
                }
            }
        });
        return kerncijfers;
    }

    private static Integer jaar(CsvBestand.Regel regel, Fouten fouten) {
        String tekst = regel.waarde("jaar");
        if (tekst.matches("\\d{4}")) {
            int jaar = Integer.parseInt(tekst);
            if (jaar >= 1900 && jaar <= 2100) {
                return jaar;
            }
        }
        fouten.voegToe(NAAM, regel.waar("jaar"), "'" + tekst + "' is geen jaartal tussen 1900 en 2100");
        return null;
    }
}
