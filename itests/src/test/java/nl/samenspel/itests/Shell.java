package nl.samenspel.itests;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs a Karaf console command inside the container and returns what it printed. */
final class Shell {

    private Shell() {
    }

    static String uitvoeren(SessionFactory sessionFactory, String commando) throws Exception {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(uit, true, StandardCharsets.UTF_8)) {
            Session sessie = sessionFactory.create(InputStream.nullInputStream(), ps, ps);
            sessie.execute(commando);
            sessie.close();
        }
        return uit.toString(StandardCharsets.UTF_8);
    }
}
