package nl.samenspel.toegang.internal;

import java.util.concurrent.TimeUnit;

/** Whether a program the shell tools need is on the PATH, for {@code Assumptions}. */
final class Programma {

    private Programma() {
    }

    static boolean opPad(String programma) {
        try {
            Process p = new ProcessBuilder("bash", "-c", "command -v " + programma).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
