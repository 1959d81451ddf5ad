package nl.samenspel.bench.toegang;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load: {@code clients} threads, each with its own keep-alive connection to 127.0.0.1, all
 * released at the same moment, each sending the same request one after the other (closed loop:
 * the next request as soon as the answer is read, or after {@code pauzeNanos}) until it has sent
 * {@code perClient} requests or the phase's deadline has passed. Connecting is done before the
 * release and is not timed. Every answer is read whole and checked: status 200 and the body
 * length of the reference answer.
 */
final class Last {

    /** What one phase gave. Latencies in nanoseconds, in the order they were completed per client. */
    record Uitkomst(String naam, long[] latenties, long[] starts, long t0, long wandNanos, int fouten, String eersteFout, boolean afgekapt,
                    int herverbonden, int clients, int perClient) {
        int aantal() {
            return latenties.length;
        }

        double perSeconde() {
            return aantal() / (wandNanos / 1e9);
        }
    }

    private Last() {
    }

    /**
     * @param verwachtBody the body length every answer must have (-1: any)
     * @param hooguitNanos the phase's deadline after the release; a client that reaches it stops (the phase is then "afgekapt")
     */
    static Uitkomst fase(String naam, int poort, byte[] verzoek, int clients, int perClient, long hooguitNanos, long verwachtBody, long pauzeNanos)
            throws InterruptedException {
        Client[] c = new Client[clients];
        CountDownLatch verbonden = new CountDownLatch(clients);
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> verbindFout = new AtomicReference<>();
        long[] t0 = new long[1];
        Thread[] draden = new Thread[clients];
        for (int i = 0; i < clients; i++) {
            c[i] = new Client(poort, verzoek, perClient, verwachtBody, pauzeNanos);
            Client cl = c[i];
            draden[i] = new Thread(() -> {
                try {
                    cl.verbinding.verbind();
                } catch (IOException e) {
                    verbindFout.compareAndSet(null, e);
                }
                verbonden.countDown();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                cl.loop(t0[0], t0[0] + hooguitNanos);
            }, "client-" + i);
            draden[i].setDaemon(true);
            draden[i].start();
        }
        verbonden.await();
        if (verbindFout.get() != null) {
            start.countDown();
            throw new IllegalStateException(naam + ": verbinden met 127.0.0.1:" + poort + " mislukt", verbindFout.get());
        }
        t0[0] = System.nanoTime();
        start.countDown();
        for (Thread d : draden) {
            d.join();
        }
        long einde = t0[0];
        int n = 0;
        int fouten = 0;
        int herverbonden = 0;
        boolean afgekapt = false;
        String eersteFout = null;
        for (Client cl : c) {
            einde = Math.max(einde, cl.einde);
            n += cl.n;
            fouten += cl.fouten;
            herverbonden += Math.max(0, cl.verbinding.verbindingen - 1);
            afgekapt |= cl.afgekapt;
            if (eersteFout == null) {
                eersteFout = cl.eersteFout;
            }
            cl.verbinding.close();
        }
        long[] lat = new long[n];
        long[] st = new long[n];
        int k = 0;
        for (Client cl : c) {
            System.arraycopy(cl.latenties, 0, lat, k, cl.n);
            System.arraycopy(cl.starts, 0, st, k, cl.n);
            k += cl.n;
        }
        return new Uitkomst(naam, lat, st, t0[0], einde - t0[0], fouten, eersteFout, afgekapt, herverbonden, clients, perClient);
    }

    /** One request on a fresh connection (checks, reference answer). */
    static Verbinding.Antwoord enkel(int poort, byte[] verzoek) throws IOException {
        try (Verbinding v = new Verbinding(poort, 30_000)) {
            return v.stuur(verzoek, true);
        }
    }

    private static final class Client {
        final Verbinding verbinding;
        final byte[] verzoek;
        final int perClient;
        final long verwachtBody;
        final long pauzeNanos;
        long[] latenties;
        long[] starts;
        int n;
        int fouten;
        String eersteFout;
        boolean afgekapt;
        long einde;

        Client(int poort, byte[] verzoek, int perClient, long verwachtBody, long pauzeNanos) {
            this.verbinding = new Verbinding(poort, 60_000);
            this.verzoek = verzoek;
            this.perClient = perClient;
            this.verwachtBody = verwachtBody;
            this.pauzeNanos = pauzeNanos;
            int eerst = Math.max(1, Math.min(perClient, 1024));
            this.latenties = new long[eerst];
            this.starts = new long[eerst];
        }

        void loop(long t0, long deadline) {
            for (int i = 0; i < perClient; i++) {
                long voor = System.nanoTime();
                if (voor >= deadline) {
                    afgekapt = true;
                    break;
                }
                try {
                    Verbinding.Antwoord a = verbinding.stuur(verzoek, false);
                    long na = System.nanoTime();
                    if (a.status() != 200 || (verwachtBody >= 0 && a.bodyBytes() != verwachtBody)) {
                        fout("HTTP " + a.status() + ", body " + a.bodyBytes() + " bytes (verwacht 200, " + verwachtBody + ")");
                    } else {
                        bewaar(voor - t0, na - voor);
                    }
                } catch (IOException e) {
                    fout(e.toString());
                    verbinding.sluit();
                }
                if (pauzeNanos > 0) {
                    long tot = System.nanoTime() + pauzeNanos;
                    while (System.nanoTime() < tot) {
                        java.util.concurrent.locks.LockSupport.parkNanos(tot - System.nanoTime());
                    }
                }
            }
            einde = System.nanoTime();
        }

        private void bewaar(long start, long latentie) {
            if (n == latenties.length) {
                latenties = Arrays.copyOf(latenties, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n] = start;
            latenties[n++] = latentie;
        }

        private void fout(String wat) {
            fouten++;
            if (eersteFout == null) {
                eersteFout = wat;
            }
        }
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentiel(long[] gesorteerd, double q) {
        if (gesorteerd.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * gesorteerd.length) - 1;
        return gesorteerd[Math.max(0, Math.min(gesorteerd.length - 1, i))];
    }

    static long[] gesorteerd(List<Uitkomst> fasen) {
        int n = fasen.stream().mapToInt(Uitkomst::aantal).sum();
        long[] alle = new long[n];
        int k = 0;
        for (Uitkomst u : fasen) {
            System.arraycopy(u.latenties(), 0, alle, k, u.aantal());
            k += u.aantal();
        }
        Arrays.sort(alle);
        return alle;
    }

    static long[] gesorteerd(Uitkomst u) {
        return gesorteerd(new ArrayList<>(List.of(u)));
    }
}
