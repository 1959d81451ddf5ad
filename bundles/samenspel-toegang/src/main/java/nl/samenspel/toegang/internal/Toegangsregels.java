package nl.samenspel.toegang.internal;

import java.lang.reflect.Method;
import javax.ws.rs.Path;

/** An operation's path template, for the audit log. */
final class Toegangsregels {

    private Toegangsregels() {
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
