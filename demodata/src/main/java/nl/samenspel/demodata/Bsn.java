package nl.samenspel.demodata;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** The BSN elfproef and a source of unique test BSNs (prefix 999) that pass it. */
final class Bsn {

    private final Random random;
    private final Set<String> uitgegeven = new HashSet<>();

    Bsn(Random random) {
        this.random = random;
    }

    /** 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11, and not all zeros. */
    static boolean elfproef(String bsn) {
        if (bsn == null || bsn.length() != 9 || "000000000".equals(bsn)) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int gewicht = i < 8 ? 9 - i : -1;
            som += gewicht * (c - '0');
        }
        return som % 11 == 0;
    }

    /** A new, never before issued test BSN: 999 + 5 random digits + the check digit. */
    String nieuw() {
        while (true) {
            int staart = random.nextInt(100_000);
            String begin = String.format("999%05d", staart);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (begin.charAt(i) - '0');
            }
            int controle = som % 11;
            if (controle == 10) {
                continue; // no single check digit makes this prefix valid
            }
            String bsn = begin + controle;
            if (uitgegeven.add(bsn)) {
                return bsn;
            }
        }
    }
}
