package nl.samenspel.uitwisseling.internal.knooppunt;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the remote hub: records every POST and answers as scripted, one answer per
 * call; without a script it accepts (201). Like the real hub it keeps every accepted batch once
 * per idempotency key and answers a repeat with 200 and the first receipt.
 */
final class Nephub implements Hubverbinding {

    /** One POST as the hub saw it. */
    record Post(String module, String soort, String sleutel, String body, int status) {
        boolean geaccepteerd() {
            return status >= 200 && status < 300;
        }

        /** The record lines of the body, without the header line. */
        List<String> regels() {
            List<String> alle = Arrays.asList(body.split("\n"));
            return alle.subList(1, alle.size());
        }

        String kop() {
            return body.substring(0, body.indexOf('\n'));
        }
    }

    private enum Soort { ANTWOORD, GEEN_VERBINDING, ANTWOORD_KWIJT }

    private record Stap(Soort soort, int status, String body) {
    }

    private final Deque<Stap> script = new ArrayDeque<>();
    private final List<Post> posts = new ArrayList<>();
    private final Map<String, String> ontvangen = new LinkedHashMap<>();

    /** The next call gets this status and body (a 2xx also stores the batch, as the hub would). */
    synchronized Nephub antwoord(int status, String body) {
        script.add(new Stap(Soort.ANTWOORD, status, body));
        return this;
    }

    synchronized Nephub antwoord(int status) {
        return antwoord(status, status == 503 ? "{\"title\":\"Service Unavailable\"}" : "{}");
    }

    /** The next call does not reach the hub. */
    synchronized Nephub geenVerbinding() {
        script.add(new Stap(Soort.GEEN_VERBINDING, 0, null));
        return this;
    }

    /** The next call is stored by the hub, but its answer never reaches the node (a timeout after the commit). */
    synchronized Nephub antwoordKwijt() {
        script.add(new Stap(Soort.ANTWOORD_KWIJT, 0, null));
        return this;
    }

    @Override
    public synchronized Antwoord verstuur(String module, String soort, String sleutel, String csv) throws IOException {
        Stap stap = script.isEmpty() ? new Stap(Soort.ANTWOORD, 201, null) : script.poll();
        switch (stap.soort()) {
            case GEEN_VERBINDING -> {
                posts.add(new Post(module, soort, sleutel, csv, 0));
                throw new IOException("Connection refused");
            }
            case ANTWOORD_KWIJT -> {
                neemAan(sleutel, csv);
                posts.add(new Post(module, soort, sleutel, csv, 201));
                throw new IOException("request timed out");
            }
            default -> {
                int status = stap.status();
                if (status >= 200 && status < 300 && ontvangen.containsKey(sleutel)) {
                    status = 200;
                }
                if (status >= 200 && status < 300) {
                    neemAan(sleutel, csv);
                }
                posts.add(new Post(module, soort, sleutel, csv, status));
                return new Antwoord(status, stap.body() != null ? stap.body() : "{\"sleutel\":\"" + sleutel + "\"}");
            }
        }
    }

    private void neemAan(String sleutel, String csv) {
        String eerder = ontvangen.putIfAbsent(sleutel, csv);
        if (eerder != null && !eerder.equals(csv)) {
            throw new AssertionError("sleutel " + sleutel + " opnieuw verstuurd met een andere inhoud");
        }
    }

    @Override
    public Antwoord haal(String pad) {
        throw new UnsupportedOperationException("de nephub levert geen afrekeningen");
    }

    synchronized List<Post> posts() {
        return List.copyOf(posts);
    }

    /** Every record line the hub accepted, each batch once (per key), in the order of acceptance. */
    synchronized List<String> ontvangenRegels() {
        List<String> regels = new ArrayList<>();
        ontvangen.values().forEach(b -> {
            List<String> alle = Arrays.asList(b.split("\n"));
            regels.addAll(alle.subList(1, alle.size()));
        });
        return regels;
    }

    synchronized int scriptOver() {
        return script.size();
    }
}
