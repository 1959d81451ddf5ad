package nl.samenspel.toegang.internal;

import java.lang.reflect.Method;
import javax.ws.rs.Path;
import nl.samenspel.api.toegang.Bevoegdheid;
import nl.samenspel.api.toegang.Toegang;

/** Reading what an operation declares: its right, and its path template for the audit log. */
final class Toegangsregels {

    private Toegangsregels() {
    }

    /** The method's right, else its class's; null when neither declares one (refused to everyone). */
    static Bevoegdheid bevoegdheid(Method methode, Class<?> klasse) {
        Toegang t = methode == null ? null : methode.getAnnotation(Toegang.class);
        if (t == null && klasse != null) {
            t = klasse.getAnnotation(Toegang.class);
        }
        return t == null ? null : t.value();
    }

    /** {@code /vereveningen/{id}/definitief}: the class's and the method's {@code @Path}, never the request's own path. */
    static String sjabloon(Method methode, Class<?> klasse) {
        StringBuilder pad = new StringBuilder();
        voegToe(pad, klasse == null ? null : klasse.getAnnotation(Path.class));
        voegToe(pad, methode == null ? null : methode.getAnnotation(Path.class));
        return pad.length() == 0 ? "/" : pad.toString();
    }

    private static void voegToe(StringBuilder pad, Path deel) {
        if (deel == null) {
            return;
        }
        String waarde = deel.value().replaceAll("^/+|/+$", "");
        if (!waarde.isEmpty()) {
            pad.append('/').append(waarde);
        }
    }
}
