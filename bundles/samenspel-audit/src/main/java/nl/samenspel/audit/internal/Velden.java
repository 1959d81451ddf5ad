package nl.samenspel.audit.internal;

/**
 * Makes a text field fit its column before it is hashed, so what is stored is exactly what was
 * hashed: at most the column's length in chars, a surrogate pair never cut in half, and no
 * character a database might refuse or alter (an unpaired surrogate, NUL), which becomes U+FFFD.
 */
final class Velden {

    /** The column lengths of V1__auditlog.sql. */
    static final int ACTOR = 256;
    static final int ACTIE = 512;
    static final int OBJECT = 1024;
    static final int HERKOMST = 256;

    private static final char VERVANGING = '\uFFFD';

    private Velden() {
    }

    static String passend(String waarde, int maximum) {
        StringBuilder uit = new StringBuilder(Math.min(waarde.length(), maximum));
        int i = 0;
        while (i < waarde.length()) {
            int teken = waarde.codePointAt(i);
            int breedte = Character.charCount(teken);
            if (uit.length() + breedte > maximum) {
                break;
            }
            if (teken == 0 || (breedte == 1 && Character.isSurrogate((char) teken))) {
                uit.append(VERVANGING);
            } else {
                uit.appendCodePoint(teken);
            }
            i += breedte;
        }
        return uit.toString();
    }
}
