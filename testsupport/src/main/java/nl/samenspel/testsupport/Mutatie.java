package nl.samenspel.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import nl.samenspel.api.privacy.Bsn;

/**
 * One change to a valid sample, as a hostile or careless sender makes it: a flipped bit, a cut,
 * a chunk repeated, removed or moved, a character that means something to the format, a snippet
 * such as a DTD or a deep nesting. Positions are taken modulo the length, so every change applies.
 * The fuzz tests of the shared reader and of every module make their changes here; a module adds
 * the snippets its own format may trip over.
 */
public record Mutatie(int soort, int a, int b, int c) {

    /** What any CSV, XML or ZIP reader may trip over; each is inserted whole. */
    public static final List<String> STUKJES = List.of(";", "\"", "\n", "\r\n", "<", ">", "&", "&x;", "&amp;", "]]>", "<![CDATA[",
            "<!DOCTYPE a [<!ENTITY x \"xx\">]>", "<?xml version=\"1.0\"?>", "<a>", "</a>", "<a><a><a><a><a><a><a><a><a><a>", "\u0000",
            "\uFEFF", "é", "\uD83D\uDE00", "PK\u0003\u0004", "111222333", "123456782", "\"\"", ";;;;;;;;;;", "0193", "2016-13-45");

    /** {@link #reeks()} for a property's parameter: {@code @ForAll(supplier = Mutatie.Reeks.class) List<Mutatie> mutaties}. */
    public static final class Reeks implements ArbitrarySupplier<List<Mutatie>> {
        @Override
        public Arbitrary<List<Mutatie>> get() {
            return reeks();
        }
    }

    public static Arbitrary<List<Mutatie>> reeks() {
        Arbitrary<Mutatie> een = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0)).as(Mutatie::new);
        // without edge cases: their combinations of four numbers would fill every try with the same few small changes
        return een.list().ofMinSize(1).ofMaxSize(6).withoutEdgeCases();
    }

    public static byte[] pasToe(byte[] monster, List<Mutatie> mutaties) {
        return pasToe(monster, mutaties, STUKJES);
    }

    /** @param stukjes the snippets a change may insert */
    public static byte[] pasToe(byte[] monster, List<Mutatie> mutaties, List<String> stukjes) {
        byte[] uit = monster;
        for (Mutatie m : mutaties) {
            uit = m.verander(uit, stukjes);
        }
        return uit;
    }

    public byte[] verander(byte[] in, List<String> stukjes) {
        int n = in.length;
        int p = n == 0 ? 0 : a % (n + 1);
        ByteArrayOutputStream uit = new ByteArrayOutputStream(n + 64);
        switch (soort) {
            case 0 -> { // flip one bit
                byte[] kopie = in.clone();
                if (n > 0) {
                    kopie[a % n] ^= (byte) (1 << (b % 8));
                }
                return kopie;
            }
            case 1 -> { // cut off
                return java.util.Arrays.copyOf(in, p);
            }
            case 2 -> { // a chunk repeated elsewhere
                int van = n == 0 ? 0 : b % n;
                int lengte = Math.min(n - van, 1 + c % 200);
                int waar = n == 0 ? 0 : c % (n + 1);
                uit.write(in, 0, waar);
                uit.write(in, van, Math.max(0, lengte));
                uit.write(in, waar, n - waar);
                return uit.toByteArray();
            }
            case 3 -> { // a chunk removed
                int lengte = Math.min(n - p, 1 + b % 200);
                uit.write(in, 0, p);
                uit.write(in, p + lengte, n - p - lengte);
                return uit.toByteArray();
            }
            case 4 -> { // a snippet inserted
                byte[] stuk = stukjes.get(b % stukjes.size()).getBytes(StandardCharsets.UTF_8);
                uit.write(in, 0, p);
                uit.write(stuk, 0, stuk.length);
                uit.write(in, p, n - p);
                return uit.toByteArray();
            }
            case 5 -> { // nested elements, deep
                int diepte = 1 + b % 60;
                String open = "<n>".repeat(diepte);
                String dicht = "</n>".repeat(c % 2 == 0 ? diepte : diepte / 2);
                byte[] stuk = (open + dicht).getBytes(StandardCharsets.UTF_8);
                uit.write(in, 0, p);
                uit.write(stuk, 0, stuk.length);
                uit.write(in, p, n - p);
                return uit.toByteArray();
            }
            default -> { // a byte replaced by random noise
                byte[] kopie = in.clone();
                if (n > 0) {
                    kopie[a % n] = (byte) b;
                }
                return kopie;
            }
        }
    }

    private static final Pattern NEGEN = Pattern.compile("(?=([0-9]{9}))");

    /** Every nine-digit run in the input that passes the elfproef: none may appear in a report. */
    public static List<String> bsns(byte[] invoer) {
        List<String> uit = new ArrayList<>();
        Matcher m = NEGEN.matcher(new String(invoer, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            if (Bsn.isGeldig(m.group(1))) {
                uit.add(m.group(1));
            }
        }
        Matcher u = NEGEN.matcher(new String(invoer, StandardCharsets.UTF_8));
        while (u.find()) {
            if (Bsn.isGeldig(u.group(1))) {
                uit.add(u.group(1));
            }
        }
        return uit;
    }
}
